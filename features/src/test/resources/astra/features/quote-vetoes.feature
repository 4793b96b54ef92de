Feature: Hard vetoes come before the quoteability score, and toxicity overrides a good score
  A market is quoted only if nothing vetoes it: its state, its resolution risk, its score, and its
  own fills' markouts. A toxic market (at least 20 maker fills, t-stat at or below -2, mean
  2-minute markout at or below -25 bps) is not quoted however good its score.

  Scenario: Toxic markouts override a good quoteability score
    Given market FED-DEC closes in 3 days
    And FED-DEC has 20 maker fills with a mean 2-minute markout of -25 bps and a t-stat of -2.0
    When the rules decide
    Then the quoteability score of FED-DEC is at least 0.60
    And FED-DEC may not quote, because of TOXIC_MARKOUT

  Scenario Outline: Three unlucky fills do not make a market toxic
    Given market FED-DEC closes in 3 days
    And FED-DEC has <fills> maker fills with a mean 2-minute markout of <mean> bps and a t-stat of <t>
    When the rules decide
    Then FED-DEC may quote both sides

    Examples:
      | fills | mean  | t     |
      | 3     | -80   | -1.9  |
      | 19    | -40   | -3.0  |
      | 40    | -24.9 | -3.0  |
      | 40    | -40   | -1.99 |

  Scenario: A market whose resolution is in doubt is not quoted
    Given market FED-DEC closes in 3 days
    And the resolution risk of FED-DEC is 0.5 because "the question's wording is ambiguous"
    When the rules decide
    Then FED-DEC may not quote, because of RESOLUTION_RISK_HIGH
