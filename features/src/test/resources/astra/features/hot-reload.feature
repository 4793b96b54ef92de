Feature: A risk officer changes the policy without a redeploy, and a broken edit changes nothing
  The running system compiles the rules folder after an edit and puts it in force between two
  decision cycles. An edit that does not compile, or a policy that does not validate, is refused
  with its file and line, and the previous rules keep deciding.

  Background:
    Given the rules in force are a copy of the shipped rules folder
    And the bankroll is 1000 pUSD
    And the positions:
      | market  | at mark | reserved |
      | FED-DEC | 100     | 0        |

  Scenario: A lower cluster cap is used by the next decision
    When the rules decide
    Then FED-DEC is not limited by a cap
    When the risk officer changes "cluster-cap: 0.12" to "cluster-cap: 0.10" in policy.yaml
    Then the new rules are in force under a new version
    And FED-DEC may only reduce, because of CLUSTER_CAP_REACHED

  Scenario: A broken rule file is refused with its file and line; the old rules hold
    When the risk officer changes "olderBookAge > policy.parity().bookFresh() )" to "olderBookAge > policy.parity().bookFresh()" in astra/rules/parity.drl
    # The unclosed pattern is on line 25; the parser notices at the `then` on line 26.
    Then the edit is refused with a message at astra/rules/parity.drl line 26
    And the previous rules keep deciding
    And FED-DEC is not limited by a cap

  Scenario: An invalid policy is refused naming the key; the old rules hold
    When the risk officer changes "cluster-cap: 0.12" to "cluster-cap: 12" in policy.yaml
    Then the edit is refused with a message naming "portfolio.cluster-cap" in policy.yaml
    And the previous rules keep deciding

  Scenario: A decision inserted for ever is refused; the old rules hold
    # The engine keeps its rules session across cycles: a plain insert would outlive its conditions.
    When the risk officer changes 'insertLogical( Decision.forMarket( $p.market(), DecisionKind.DENY_PARITY, "PARITY_BOOK_STALE"' to 'insert( Decision.forMarket( $p.market(), DecisionKind.DENY_PARITY, "PARITY_BOOK_STALE"' in astra/rules/parity.drl
    Then the edit is refused with a message at astra/rules/parity.drl line 27
    And the previous rules keep deciding

  Scenario: A threshold written into a rule is refused; the old rules hold
    # Times are compared with the policy's durations only: the engine holds facts between them.
    When the risk officer changes "olderBookAge > policy.parity().bookFresh() )" to "olderBookAge > java.time.Duration.ofSeconds(3) )" in astra/rules/parity.drl
    Then the edit is refused with a message at astra/rules/parity.drl line 25
    And the previous rules keep deciding
