package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInternTest {
    private static final String TOKEN =
            "71321045679252212594626385532706912750332728571942532289631379312455583992563";

    @Test
    void sameCharacters_giveTheSameInstance() {
        TextIntern intern = new TextIntern();
        char[] buf = ("xx" + TOKEN + "yy").toCharArray();

        String first = intern.intern(buf, 2, TOKEN.length());
        String again = intern.intern(TOKEN.toCharArray(), 0, TOKEN.length());

        assertThat(first).isEqualTo(TOKEN).isSameAs(again);
    }

    @Test
    void idsDifferingInOneEarlyDigit_stayDistinct() {
        // The slot hash reads only the last characters; the full compare must still tell these apart.
        TextIntern intern = new TextIntern();
        String other = "9" + TOKEN.substring(1);

        assertThat(intern.intern(TOKEN.toCharArray(), 0, TOKEN.length())).isEqualTo(TOKEN);
        assertThat(intern.intern(other.toCharArray(), 0, other.length())).isEqualTo(other);
        assertThat(intern.intern(TOKEN.toCharArray(), 0, TOKEN.length())).isEqualTo(TOKEN);
    }

    @Test
    void moreDistinctValuesThanCapacity_startOverAndStayCorrect() {
        TextIntern intern = new TextIntern();
        for (int i = 0; i < TextIntern.CAPACITY * 3; i++) {
            String value = TOKEN + i;
            assertThat(intern.intern(value.toCharArray(), 0, value.length())).isEqualTo(value);
        }
    }
}
