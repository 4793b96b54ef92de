Feature: Orders the venue would refuse never leave Astra
  The venue refuses postOnly on immediate orders and GTD orders without an expiration.
  Astra refuses them at construction, with a reason, before anything is signed.

  Background:
    Given a market with tick 0.01

  Scenario Outline: postOnly is allowed only on resting orders
    When the desk builds a postOnly BUY <type> order at 0.45 for 10 shares
    Then the order is <outcome>

    Examples:
      | type | outcome                                     |
      | GTC  | accepted                                    |
      | GTD  | accepted                                    |
      | FOK  | refused because "postOnly is only valid with GTC or GTD" |
      | FAK  | refused because "postOnly is only valid with GTC or GTD" |

  Scenario: A GTD order needs a unix expiration
    When the desk builds a GTD SELL order at 0.55 for 10 shares without an expiration
    Then the order is refused because "a GTD order needs an expiration (unix seconds)"

  Scenario: A GTD expiration is whole unix seconds
    When the desk builds a GTD SELL order at 0.55 for 10 shares expiring at 1767225600.5
    Then the order is refused because "whole unix seconds"

  Scenario: A price off the market's tick is refused
    When the desk builds a GTC BUY order at 0.455 for 10 shares
    Then the order is refused because "not on tick 0.01"
