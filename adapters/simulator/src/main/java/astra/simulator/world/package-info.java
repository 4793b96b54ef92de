/**
 * A seeded synthetic world in front of the simulated venue: binary markets (some grouped into
 * negRisk events), each with a hidden fair probability that diffuses in logit space and jumps on
 * news; background market makers quoting a lagged view of it; noise takers trading at random; and
 * informed takers trading toward the hidden value when the book is off by more than a threshold.
 * The hidden value is recorded on a {@link astra.simulator.world.FairValueTape}: the ground truth
 * for markouts and adverse-selection measurements. Markets and whole negRisk events resolve during
 * a run ({@link astra.simulator.world.Resolution}); their scheduled close times are public.
 *
 * <p>Invariants: everything is a function of the seed and the {@link
 * astra.simulator.world.ScenarioSettings} (one {@link java.util.SplittableRandom} split per
 * component, fixed iteration orders, virtual time only); doubles live only inside the stochastic
 * model, and every price and size handed to the venue is an exact integer of millionths on the
 * market's current tick.
 */
package astra.simulator.world;
