Feature: The canonical mid and its fallbacks
  Every quote is anchored on one canonical mid. When the book cannot give a plain two-sided mid,
  the fallback taken is named and counted, so a desk can see how often it quotes on thin ice.

  Scenario: A fresh two-sided book gives the midpoint
    Given the YES book:
      | side | price | size |
      | bid  | 0.44  | 100  |
      | bid  | 0.43  | 50   |
      | ask  | 0.46  | 80   |
    Then the canonical mid is 0.45 from TWO_SIDED

  Scenario: A book with only bids falls back to the best bid, and the fallback is counted
    Given the YES book:
      | side | price | size |
      | bid  | 0.30  | 100  |
    Then the canonical mid is 0.3 from BEST_BID_ONLY
    And the BID_SIDE_ONLY fallback has been counted once

  Scenario: An empty book falls back to the last trade
    Given the YES book is empty
    And the last trade was at 0.62
    Then the canonical mid is 0.62 from LAST_TRADE

  Scenario: A crossed book gives no mid at all
    Given the YES book:
      | side | price | size |
      | bid  | 0.50  | 10   |
      | ask  | 0.48  | 10   |
    Then there is no canonical mid, because of CROSSED_BOOK

  Scenario: A stale book gives no mid, however good it looks
    Given the YES book:
      | side | price | size |
      | bid  | 0.44  | 100  |
      | ask  | 0.46  | 80   |
    And the book is 45 seconds old while books older than 30 seconds are stale
    Then there is no canonical mid, because of STALE_BOOK
