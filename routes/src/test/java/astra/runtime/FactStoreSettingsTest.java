package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.FactStoreConfig;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FactStoreSettingsTest {

    @Test
    void defaults_areALoopbackMemberThatJoinsNobody() {
        FactStoreConfig c = PaperSession.factStoreConfig(RuntimeSettings.load(new Properties()));
        assertThat(c).isEqualTo(FactStoreConfig.embeddedDefaults());
    }

    @Test
    void listedMembers_turnIntoTcpIpJoinAddresses() {
        Properties p = new Properties();
        p.setProperty("astra.facts.members", " 127.0.0.1:5701, 127.0.0.2 ,");
        p.setProperty("astra.facts.cluster-name", "desk");
        FactStoreConfig c = PaperSession.factStoreConfig(RuntimeSettings.load(p));
        assertThat(c.members()).containsExactly("127.0.0.1:5701", "127.0.0.2");
        assertThat(c.clusterName()).isEqualTo("desk");
    }
}
