package astra.store;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.DecisionRecord;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Usd;
import java.util.Optional;

class JdbcOrderStoreReservationsTest extends StoreTestBase {
    private static final ClientOrderId BID_1 = new ClientOrderId("bid-1");
    private static final ClientOrderId BID_2 = new ClientOrderId("bid-2");
    private static final ClientOrderId BID_OTHER = new ClientOrderId("bid-other");
    private static final ClientOrderId ASK_YES = new ClientOrderId("ask-yes");
    private static final ClientOrderId ASK_NO = new ClientOrderId("ask-no");

    @OnEachDatabase
    void reservations_addUpPerMarketAndPerToken(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        reserveAll(store);

        // market: 4.00 + 1.95 = 5.95; the other market only its own 0.50
        assertThat(store.reservedCollateral(MARKET)).isEqualTo(Usd.parse("5.95"));
        assertThat(store.reservedCollateral(OTHER_MARKET)).isEqualTo(Usd.parse("0.50"));
        // tokens count per token id, not per market: YES 7.5, NO 3
        assertThat(store.reservedTokens(YES)).isEqualTo(Shares.parse("7.5"));
        assertThat(store.reservedTokens(NO)).isEqualTo(Shares.whole(3));
        assertThat(store.reservations()).hasSize(5);
    }

    @OnEachDatabase
    void release_freesOnlyThatOrdersReservations(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        reserveAll(store);

        store.release(BID_1);
        store.release(ASK_YES);

        // 5.95 − 4.00 = 1.95 left in the market; YES tokens all released
        assertThat(store.reservedCollateral(MARKET)).isEqualTo(Usd.parse("1.95"));
        assertThat(store.reservedCollateral(OTHER_MARKET)).isEqualTo(Usd.parse("0.50"));
        assertThat(store.reservedTokens(YES)).isEqualTo(Shares.ZERO);
        assertThat(store.reservedTokens(NO)).isEqualTo(Shares.whole(3));
        assertThat(store.reservations()).extracting(Reservation::order).containsExactly(BID_2, BID_OTHER, ASK_NO);
    }

    @OnEachDatabase
    void nothingReserved_sumsToZero(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);

        assertThat(store.reservedCollateral(MARKET)).isEqualTo(Usd.ZERO);
        assertThat(store.reservedTokens(YES)).isEqualTo(Shares.ZERO);
        assertThat(store.reservations()).isEmpty();
    }

    @OnEachDatabase
    void auditSince_returnsDecisionsFromThatInstantOnInTimeOrder(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        DecisionRecord early = decision(0, "early");
        DecisionRecord atCut = decision(1_000, "at the cut");
        DecisionRecord late = decision(2_000, "late");
        store.audit(late);
        store.audit(early);
        store.audit(atCut);

        assertThat(store.auditSince(T0.plusNanos(1_000))).containsExactly(atCut, late);
        assertThat(store.auditSince(T0.plusNanos(1_001))).containsExactly(late);
    }

    private static DecisionRecord decision(long nanosAfterT0, String detail) {
        return new DecisionRecord(T0.plusNanos(nanosAfterT0), Optional.of(MARKET), "VETO", "STALE_BOOK",
                "QuoteVetoStaleBook", "rules-1", detail);
    }

    private static void reserveAll(JdbcOrderStore store) {
        store.reserve(new Reservation.Collateral(BID_1, MARKET, Usd.parse("4.00")));
        store.reserve(new Reservation.Collateral(BID_2, MARKET, Usd.parse("1.95")));
        store.reserve(new Reservation.Collateral(BID_OTHER, OTHER_MARKET, Usd.parse("0.50")));
        store.reserve(new Reservation.Tokens(ASK_YES, MARKET, YES, Shares.parse("7.5")));
        store.reserve(new Reservation.Tokens(ASK_NO, MARKET, NO, Shares.whole(3)));
    }
}
