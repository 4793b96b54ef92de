Feature: Time to close decides what the desk may do in a market
  The desk never speaks of "hours to expiry": a market has three clocks (its close, the expected
  resolution proposal, the proposal's challenge window) and its state follows time to close.
  Thresholds are those of the shipped rules/policy.yaml: watch from 24 hours, close window 15
  minutes, caps cut to x0.75 within 24 h, x0.50 within 6 h, x0.25 within 1 h.

  Scenario Outline: Each state allows its own actions
    Given market FED-DEC closes in <time to close>
    When the rules decide
    Then FED-DEC is <state>
    And the desk may "<allowed>" in FED-DEC

    Examples:
      | time to close | state        | allowed                                   |
      | 3 days        | NORMAL       | QUOTE, REDUCE, CANCEL, PARITY, SATELLITE |
      | 25 hours      | NORMAL       | QUOTE, REDUCE, CANCEL, PARITY, SATELLITE |
      | 24 hours      | WATCH        | QUOTE, REDUCE, CANCEL, SATELLITE         |
      | 16 minutes    | WATCH        | QUOTE, REDUCE, CANCEL, SATELLITE         |
      | 15 minutes    | CLOSE_WINDOW | CANCEL, REDUCE                            |
      | 1 second      | CLOSE_WINDOW | CANCEL, REDUCE                            |

  Scenario: A closed market allows nothing
    Given market FED-DEC closes at its close time
    When the rules decide
    Then FED-DEC is CLOSED
    And the desk may "nothing" in FED-DEC
    And FED-DEC may not quote, because of STATE_NOT_QUOTABLE

  Scenario: No new quotes inside the close window
    Given market FED-DEC closes in 10 minutes
    When the rules decide
    Then FED-DEC may not quote, because of STATE_NOT_QUOTABLE
    And the audit names rule "MarketEntersTheCloseWindow" and the rules version for FED-DEC

  Scenario: Time to close decides, not how long ago the market opened or when it resolves
    Given market FED-DEC closes in 10 minutes
    And market CPI-MAR closes in 3 days
    When the rules decide
    Then FED-DEC is CLOSE_WINDOW
    And CPI-MAR is NORMAL

  Scenario: An imminent resolution proposal closes the window before the scheduled close
    Given market CUT-BY-DEC closes in 60 days
    And the resolution of CUT-BY-DEC is expected to be proposed in 10 minutes
    When the rules decide
    Then CUT-BY-DEC is CLOSE_WINDOW
    And CUT-BY-DEC may not quote, because of STATE_NOT_QUOTABLE

  Scenario: Nothing is quoted once the challenge window has opened
    Given market CUT-BY-DEC closes in 60 days
    And the challenge window of CUT-BY-DEC's resolution has opened
    When the rules decide
    Then CUT-BY-DEC is CLOSED
    And the desk may "nothing" in CUT-BY-DEC

  Scenario Outline: The near-close ratchet cuts caps as the close nears
    Given market FED-DEC closes in <time to close>
    When the rules decide
    Then caps in FED-DEC are multiplied by <multiplier>
    And FED-DEC may quote both sides

    Examples:
      | time to close | multiplier |
      | 2 days        | 1          |
      | 24 hours      | 0.75       |
      | 7 hours       | 0.75       |
      | 6 hours       | 0.50       |
      | 61 minutes    | 0.50       |
      | 60 minutes    | 0.25       |
      | 16 minutes    | 0.25       |
