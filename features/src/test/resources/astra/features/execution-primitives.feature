Feature: Execution primitives price, time and charge orders the way the venue does
  Prices are rounded to the tick on the safe side first (bids down, asks up) and only then
  clamped into [tick, 1 - tick]. GTD orders carry unix expirations past the venue's one-minute
  threshold. Fees come from the market's published schedule, never from a literal.

  Scenario Outline: Tick rounding happens before clamping, for every tick size
    Given a market with tick <tick>
    When the quoter asks to <side> at a raw price of <raw>
    Then the order price is <price>

    Examples:
      | tick   | side | raw     | price  |
      | 0.1    | buy  | 0.47    | 0.4    |
      | 0.1    | sell | 0.41    | 0.5    |
      | 0.1    | sell | 0.96    | 0.9    |
      | 0.01   | buy  | 0.4567  | 0.45   |
      | 0.01   | sell | 0.4512  | 0.46   |
      | 0.01   | buy  | 0.004   | 0.01   |
      | 0.001  | sell | 0.9996  | 0.999  |
      | 0.001  | buy  | 0.0004  | 0.001  |
      | 0.0001 | sell | 0.12341 | 0.1235 |
      | 0.005  | buy  | 0.1234  | 0.12   |
      | 0.005  | sell | 0.1234  | 0.125  |
      | 0.0025 | buy  | 0.0049  | 0.0025 |
      | 0.0025 | sell | 0.9999  | 0.9975 |

  Scenario: A GTD order's expiration is now + the venue threshold + its lifetime + the safety buffer
    Given the time is 2026-11-26T12:00:00.250Z
    When the quoter wants a GTD order to live 120 seconds
    Then its expiration is 2026-11-26T12:03:11Z in unix seconds

  Scenario: A GTD order never outlives its market
    Given the time is 2026-11-26T12:00:00Z
    And the market closes at 2026-11-26T12:05:00Z
    When the quoter wants a GTD order to live 3600 seconds
    Then its expiration is 2026-11-26T12:04:00Z in unix seconds
    And the expiration was cut short by the market's close

  Scenario: No GTD order is placed when the close leaves no room past the venue threshold
    Given the time is 2026-11-26T12:00:00Z
    And the market closes at 2026-11-26T12:01:30Z
    When the quoter wants a GTD order to live 60 seconds
    Then no expiration fits and the order is refused

  Scenario Outline: Taker fees follow the published curve and makers pay nothing
    Given the market's fee schedule has rate <rate> and exponent <exponent>
    When we trade <shares> shares at <price> as <liquidity>
    Then we pay <fee> pUSD in fees

    Examples:
      | rate | exponent | shares | price | liquidity | fee     |
      | 0.03 | 1        | 100    | 0.5   | TAKER     | 0.75    |
      | 0.03 | 1        | 100    | 0.5   | MAKER     | 0       |
      | 0.03 | 2        | 100    | 0.5   | TAKER     | 0.1875  |
      | 0.03 | 1        | 1      | 0.01  | TAKER     | 0.00029 |
