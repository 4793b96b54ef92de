Feature: What the quoter, the executor and the truth report promise
  The parts built after the rules, run for real: the inventory-aware quoter and its requote
  debounce, the executor firewall's batching and mutation budget (against a venue double, on a
  virtual clock), and the truth report's split of maker from taker. Thresholds come from the
  shipped rules/policy.yaml.

  Scenario: Long inventory lowers both quotes
    Given the quoter holds a net long YES inventory of 500 shares in FED-DEC
    Then its bid and ask in FED-DEC are both lower than with a flat inventory

  Scenario: A target that moved two ticks or less is not requoted
    Given a resting bid in FED-DEC at 0.45
    When the quoter's target bid moves to 0.47
    Then no replacement is sent

  Scenario: A target that moved more than two ticks is requoted
    Given a resting bid in FED-DEC at 0.45
    When the quoter's target bid moves to 0.48
    Then the bid is replaced at 0.48

  Scenario: Batches never exceed 15 orders
    When the executor has 40 new orders to post
    Then it sends them in batches of at most 15

  Scenario: The mutation budget is 60 a minute, rolling
    Given the executor sent 60 mutations in the last 50 seconds
    Then a further mutation is refused with BUDGET_EXHAUSTED until the oldest of them is a minute old
    And at that moment exactly one more mutation is allowed

  Scenario: The truth report separates maker from taker
    Given a day with maker fills and parity taker fills
    Then the truth report shows maker and taker P&L separately
