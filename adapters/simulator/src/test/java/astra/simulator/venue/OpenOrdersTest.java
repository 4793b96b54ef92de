package astra.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.BookOrder;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.Side;
import org.junit.jupiter.api.Test;

class OpenOrdersTest {
    private static BookOrder order(long sequence, String owner) {
        return new BookOrder("o" + sequence, "0xmarket",
                OrderRequest.gtc(owner, "1", Side.BUY, 500_000, 10_000_000), sequence, 0);
    }

    @Test
    void anOwnersView_isTheVenueWideArrivalOrder_withTheOthersLeftOut() {
        OpenOrders open = new OpenOrders();
        BookOrder a1 = order(1, "alice");
        BookOrder b2 = order(2, "bob");
        BookOrder a3 = order(3, "alice");
        BookOrder a4 = order(4, "alice");
        open.add(a1);
        open.add(b2);
        open.add(a3);
        open.add(a4);
        open.remove(a1);
        // A failed trade gives a1 back: it goes last, in both views.
        open.restore(a1);
        open.restore(a3);

        assertThat(open.all()).containsExactly(b2, a3, a4, a1);
        assertThat(open.of("alice")).containsExactly(a3, a4, a1);
        assertThat(open.of("bob")).containsExactly(b2);
        assertThat(open.of("carol")).isEmpty();
    }

    @Test
    void removingAnOrderThatIsNotOpen_changesNothing() {
        OpenOrders open = new OpenOrders();
        BookOrder a1 = order(1, "alice");
        open.add(a1);
        open.remove(order(2, "bob"));
        assertThat(open.all()).containsExactly(a1);
        assertThat(open.of("bob")).isEmpty();
    }
}
