package astra.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The ids and amounts that write out their equals and hashCode (see package-info) keep the record
 * contract, and the record's own hash: one component's hash, so maps keyed by them iterate in the
 * order they did when the record generated it (reports and audit lines come out the same).
 */
class WrittenOutEqualityTest {

    @Test
    void idsAreEqualByValueOnly_andHashAsTheirOneComponent() {
        assertIdContract(new TokenId("123"), new TokenId("123"), new TokenId("124"), new ConditionId("123"));
        assertIdContract(new ConditionId("0xab"), new ConditionId("0xab"), new ConditionId("0xac"), new TokenId("0xab"));
        assertIdContract(new ClientOrderId("astra-1"), new ClientOrderId("astra-1"), new ClientOrderId("astra-2"),
                new OrderId("astra-1"));
        assertIdContract(new OrderId("0x01"), new OrderId("0x01"), new OrderId("0x02"), new ClientOrderId("0x01"));
        assertThat(new TokenId("123").hashCode()).isEqualTo(Objects.hashCode("123"));
        assertThat(new ClientOrderId("astra-1").hashCode()).isEqualTo("astra-1".hashCode());
    }

    @Test
    void idsThatKeepTheirHash_hashAsTheirText_andStillRefuseABlankOne() {
        String text = "0x" + "ab".repeat(32);
        assertThat(new ConditionId(text).hashCode()).isEqualTo(text.hashCode());
        assertThat(new TokenId(text).hashCode()).isEqualTo(text.hashCode());
        // The same hash, other text: equal hashes never stand for equal ids.
        assertThat(new TokenId("Aa")).isNotEqualTo(new TokenId("BB"));
        assertThat(new TokenId("Aa").hashCode()).isEqualTo(new TokenId("BB").hashCode());
        assertThatThrownBy(() -> new TokenId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token id must not be blank");
        assertThatThrownBy(() -> new ConditionId(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition id must not be blank");
    }

    @Test
    void amountsAreEqualByMicrosOnly_andHashAsTheirOneComponent() {
        assertIdContract(new Price(450_000), new Price(450_000), new Price(460_000), new Shares(450_000));
        assertIdContract(new Shares(5_000_000), new Shares(5_000_000), new Shares(5_000_001), new Usd(5_000_000));
        assertIdContract(new Usd(1), new Usd(1), new Usd(2), new Price(1));
        assertThat(new Price(450_000).hashCode()).isEqualTo(Long.hashCode(450_000));
        assertThat(new Usd(-7_000_000_000L).hashCode()).isEqualTo(Long.hashCode(-7_000_000_000L));
    }

    private static void assertIdContract(Object a, Object sameValue, Object otherValue, Object otherTypeSameValue) {
        assertThat(a).isEqualTo(a).isEqualTo(sameValue).isNotEqualTo(otherValue).isNotEqualTo(otherTypeSameValue)
                .isNotEqualTo(null);
        assertThat(sameValue).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(sameValue.hashCode());
    }
}
