package astra.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;

/**
 * A compiled, validated rule set: the knowledge base, the policy its rules read and its version.
 * Never modified after compilation, so any number of threads may hold the same snapshot; each
 * session made from it belongs to one thread.
 */
public final class RuleSet {
    /** The global through which rules read thresholds. */
    public static final String POLICY_GLOBAL = "policy";
    /** The global through which rules stamp decisions with the version id. */
    public static final String RULES_VERSION_GLOBAL = "rulesVersion";
    /** Every global the engine supplies, with its type; rules may declare no other. */
    public static final Map<String, Class<?>> PROVIDED_GLOBALS =
            Map.of(POLICY_GLOBAL, Policy.class, RULES_VERSION_GLOBAL, String.class);

    private final KieBase kieBase;
    private final Policy policy;
    private final RulesVersion version;
    /** Drools refuses to set a global no rule declares, so only the declared ones are set. */
    private final Set<String> declaredGlobals;

    RuleSet(KieBase kieBase, Policy policy, RulesVersion version) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.version = Objects.requireNonNull(version, "version");
        Set<String> declared = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getGlobalVariables().forEach(global -> declared.add(global.getName()));
        }
        this.declaredGlobals = Set.copyOf(declared);
    }

    public Policy policy() {
        return policy;
    }

    public RulesVersion version() {
        return version;
    }

    /** The compiled packages, for reports that list the rules. */
    Collection<KiePackage> packages() {
        return kieBase.getKiePackages();
    }

    /**
     * A new stateful session with the globals set. The caller owns it: a session is not
     * thread-safe and must be disposed.
     */
    public KieSession newSession() {
        return withGlobals(kieBase.newKieSession());
    }

    /** The globals this rule set supplies, set on a new session. */
    private KieSession withGlobals(KieSession session) {
        if (declaredGlobals.contains(POLICY_GLOBAL)) {
            session.setGlobal(POLICY_GLOBAL, policy);
        }
        if (declaredGlobals.contains(RULES_VERSION_GLOBAL)) {
            session.setGlobal(RULES_VERSION_GLOBAL, version.id());
        }
        return session;
    }

    @Override
    public String toString() {
        return "RuleSet[" + version.id() + ", " + version.files() + "]";
    }
}
