Feature: Parity reads both books, never runs on negRisk, and carries leg risk
  Parity buys YES and NO together when both asks plus fees are below 1 (or sells both above 1).
  It reads BOTH books, never one side as 1 - p, and both must be fresh (2 seconds in the shipped
  policy). On a negRisk market the relation spans the whole event, so parity is always off.

  Scenario: Both books fresh: parity may run
    Given market FED-DEC closes in 3 days
    And the YES book of FED-DEC is 500 ms old and its NO book 2000 ms old
    When the rules decide
    Then parity may run in FED-DEC

  Scenario: One stale book stops parity
    Given market FED-DEC closes in 3 days
    And the YES book of FED-DEC is 100 ms old and its NO book 2001 ms old
    When the rules decide
    Then parity may not run in FED-DEC, because of PARITY_BOOK_STALE

  Scenario: Never on a negRisk market, even with both books fresh
    Given the markets:
      | market      | negRisk event |
      | ELECT-SMITH | 0xpres        |
    And the YES book of ELECT-SMITH is 100 ms old and its NO book 100 ms old
    When the rules decide
    Then parity may not run in ELECT-SMITH, because of NEG_RISK_MARKET

  Scenario: Not near the close, where a leg left open is jump risk
    Given market FED-DEC closes in 5 hours
    And the YES book of FED-DEC is 100 ms old and its NO book 100 ms old
    When the rules decide
    Then parity may not run in FED-DEC, because of STATE_WATCH

  Scenario: Parity is taker with leg risk
    Given the YES ask plus the NO ask plus fees of FED-DEC is below 1
    When the parity scanner's YES leg fills and its NO leg does not
    Then the open YES leg is reported as directional inventory and worked off as a maker
