Feature: The satellite book trades only strong, well-evidenced edges within its own budget
  A satellite signal may trade when its edge after fees is at least 15%, its evidence is of
  tier A or B, and the satellite book (reservations included) is below 15% of bankroll. The
  satellite never moves the maker's fair value.

  Background:
    Given the bankroll is 1000 pUSD
    And market FED-DEC closes in 3 days

  Scenario: Edge, evidence and budget pass
    Given a tier B signal says FED-DEC is worth 0.70 with an edge after fees of 0.15
    When the rules decide
    Then the satellite may trade FED-DEC

  Scenario: An edge just under 15% after fees is too thin
    Given a tier A signal says FED-DEC is worth 0.70 with an edge after fees of 0.149999
    When the rules decide
    Then the satellite may not trade FED-DEC, because of EDGE_BELOW_MINIMUM

  Scenario: A rumour does not trade, however large its edge
    Given a tier C signal says FED-DEC is worth 0.95 with an edge after fees of 0.40
    When the rules decide
    Then the satellite may not trade FED-DEC, because of EVIDENCE_TIER_NOT_ALLOWED

  Scenario: A used budget stops the satellite
    Given the satellite book holds 150 pUSD
    And a tier A signal says FED-DEC is worth 0.70 with an edge after fees of 0.20
    When the rules decide
    Then the satellite may not trade FED-DEC, because of SATELLITE_BUDGET_USED

  Scenario: Inside the close window the satellite stops with everything else
    Given market OIL-JUN closes in 10 minutes
    And a tier A signal says OIL-JUN is worth 0.70 with an edge after fees of 0.20
    When the rules decide
    Then the satellite may not trade OIL-JUN, because of STATE_CLOSE_WINDOW
