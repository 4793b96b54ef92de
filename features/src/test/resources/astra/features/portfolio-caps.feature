Feature: Exposure caps per cluster and for the whole book, reservations included
  A cluster is a group of markets whose outcomes move together. Its exposure (positions at mark
  plus what our open orders reserve) may reach 12% of bankroll, times the near-close ratchet;
  the whole maker book 40%. At a cap the desk may only reduce.

  Background:
    Given the bankroll is 1000 pUSD

  Scenario: Clusters are deterministic
    Given the markets:
      | market   | event   | negRisk event |
      | FED-DEC  | fed-dec |               |
      | FED-DEC2 | fed-dec |               |
      | CPI-MAR  |         |               |
    Then FED-DEC and FED-DEC2 are in the same cluster
    And FED-DEC and CPI-MAR are in different clusters
    And the cluster of FED-DEC is "event:fed-dec" every time it is asked
    And the cluster of CPI-MAR is "market:CPI-MAR" every time it is asked

  Scenario: Every outcome of a negRisk event is one cluster, whatever event it is filed under
    Given the markets:
      | market       | event | negRisk event |
      | ELECT-SMITH  | e-1   | 0xpres        |
      | ELECT-JONES  | e-2   | 0xpres        |
    Then ELECT-SMITH and ELECT-JONES are in the same cluster
    And the cluster of ELECT-SMITH is "negrisk:0xpres" every time it is asked

  Scenario: Reservations count against the cluster cap
    Given the markets:
      | market   | event   |
      | FED-DEC  | fed-dec |
      | FED-DEC2 | fed-dec |
    And the positions:
      | market   | at mark | reserved |
      | FED-DEC  | 60      | 0        |
      | FED-DEC2 | 30      | 30       |
    When the rules decide
    Then FED-DEC may only reduce, because of CLUSTER_CAP_REACHED
    And FED-DEC2 may only reduce, because of CLUSTER_CAP_REACHED

  Scenario: Just under 12% the cluster still quotes
    Given the positions:
      | market  | at mark | reserved  |
      | FED-DEC | 100     | 19.999999 |
    When the rules decide
    Then FED-DEC is not limited by a cap
    And FED-DEC may quote both sides

  Scenario: A negRisk event's outcomes share one cap
    Given the markets:
      | market      | negRisk event |
      | ELECT-SMITH | 0xpres        |
      | ELECT-JONES | 0xpres        |
      | ELECT-LEE   | 0xpres        |
    And the positions:
      | market      | at mark | reserved |
      | ELECT-SMITH | 50      | 0        |
      | ELECT-JONES | 50      | 20       |
    When the rules decide
    Then ELECT-LEE may only reduce, because of CLUSTER_CAP_REACHED

  Scenario: Near the close the ratchet tightens the cluster cap
    Given market FED-DEC closes in 5 hours
    And market CPI-MAR closes in 3 days
    And the positions:
      | market  | at mark | reserved |
      | FED-DEC | 70      | 0        |
      | CPI-MAR | 70      | 0        |
    When the rules decide
    Then FED-DEC may only reduce, because of CLUSTER_CAP_REACHED
    And CPI-MAR is not limited by a cap

  Scenario: The aggregate cap of 40% stops new risk everywhere
    Given the positions:
      | market  | at mark | reserved |
      | FED-DEC | 100     | 0        |
      | CPI-MAR | 100     | 0        |
      | GDP-Q3  | 100     | 0        |
      | NFP-JAN | 90      | 10       |
    And market OIL-JUN closes in 3 days
    When the rules decide
    Then OIL-JUN may only reduce, because of AGGREGATE_CAP_REACHED
    And FED-DEC may only reduce, because of AGGREGATE_CAP_REACHED
