Feature: Circuit breakers halt quoting when Astra cannot see the market or its own account
  Staleness is judged by data, not by the socket. A halted market may only cancel.

  Background:
    Given market FED-DEC closes in 3 days
    And market CPI-MAR closes in 3 days

  Scenario: Stale market data halts that market only
    Given the market data of FED-DEC is 6 seconds old
    And the market data of CPI-MAR is 5 seconds old
    When the rules decide
    Then FED-DEC is HALTED
    And the desk may "CANCEL" in FED-DEC
    And FED-DEC may not quote, because of STATE_NOT_QUOTABLE
    And CPI-MAR is NORMAL

  Scenario: A disconnected market channel halts the market
    Given the market channel of FED-DEC is disconnected
    When the rules decide
    Then FED-DEC is HALTED

  Scenario: A blind user channel halts every market
    Given the user channel has been silent for 16 seconds
    When the rules decide
    Then every market is HALTED, because of USER_CHANNEL_BLIND

  Scenario: Failing heartbeats cancel everything
    Given 2 heartbeats in a row have failed
    When the rules decide
    Then every market is HALTED, because of HEARTBEAT_FAILING
    And every resting order is cancelled now

  Scenario: A high venue error rate halts every market
    Given 0.21 of recent venue requests failed
    When the rules decide
    Then every market is HALTED, because of VENUE_ERROR_RATE_HIGH

  Scenario: Within every limit nothing trips
    Given the user channel has been silent for 15 seconds
    And 1 heartbeats in a row have failed
    And 0.20 of recent venue requests failed
    When the rules decide
    Then FED-DEC is NORMAL
    And no resting order is cancelled by the account's breakers
