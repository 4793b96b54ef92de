package astra.report;

import astra.domain.ClusterId;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.Side;
import astra.domain.TradeStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderersTest {
    private final TruthReport report = SessionExample.report();

    @Test
    void json_roundTripsTheKeyFieldsAsExactDecimalStrings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(TruthReportJson.render(report));

        assertThat(json.get("schema").asText()).isEqualTo("astra.truth-report/1");
        assertThat(json.at("/pnl/total").asText()).isEqualTo("4.5");
        assertThat(json.at("/pnl/realized").isTextual()).isTrue();
        assertThat(json.at("/maker/pnl").asText()).isEqualTo("5.7");
        assertThat(json.at("/taker/pnl").asText()).isEqualTo("-1.2");
        assertThat(json.at("/maker/medianEdgePerShare").asText()).isEqualTo("0.01");
        assertThat(json.at("/maker/markouts/2m/count").asInt()).isEqualTo(2);
        assertThat(json.at("/maker/markouts/30s/mean").isNull()).isTrue();
        assertThat(json.at("/fills/failedExcluded").asInt()).isEqualTo(1);
        assertThat(json.at("/equityCurve/2/equity").asText()).isEqualTo("1006.5");
        assertThat(new BigDecimal(json.at("/performance/sharpe").asText()))
                .isEqualByComparingTo(report.performance().sharpe().orElseThrow());
        assertThat(json.at("/performance/buckets").asInt()).isEqualTo(4);
        assertThat(json.at("/gates/0/name").asText()).isEqualTo("A");
        assertThat(json.at("/gates/0/verdict").asText()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(json.at("/gates/1/criteria").size()).isEqualTo(9);
        assertThat(json.at("/concentration/markets/0/market").asText()).isEqualTo("0xm1");
        assertThat(json.get("warnings").toString()).contains("Sharpe from 4 buckets");
    }

    @Test
    void text_showsPnlMakerTakerAndEveryGateRow() {
        String text = TruthReportText.render(report);

        assertThat(text).contains("P&L  total 4.5 = realized 3 + unrealized 1.5");
        assertThat(text).containsPattern("maker\\s+3\\s+66");
        assertThat(text).containsPattern("taker\\s+1\\s+12");
        assertThat(text).contains("=> gate A").contains("=> gate B").contains("=> gate C");
        assertThat(text).contains("Sharpe from 4 buckets (< 30): not meaningful");
    }

    @Test
    void html_isSelfContainedWithTheThreeCharts() throws Exception {
        String html = TruthReportHtml.render(report);

        assertThat(html).contains("<svg id=\"equity-chart\"", "<svg id=\"markout-histogram\"",
                "<svg id=\"cluster-exposure\"", "<table id=\"gates\"", "<table id=\"maker-taker\"");
        assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(");
        // two polylines (equity, stressed) with one point per boundary
        assertThat(html).contains("class=\"equity\"").contains("class=\"stressed\"");
        assertThat(html).contains("class=\"maker\"").contains("class=\"taker\"");
        Path out = Path.of("target", "truth-report-example.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html);
        assertThat(Files.size(out)).isPositive();
    }

    @Test
    void html_escapesAMarketNamedLikeAScript() {
        ConditionId evil = new ConditionId("<script>alert('x')</script>");
        TruthReport r = SessionExample.builder()
                .fill(SessionExample.fill("evil", evil, new astra.domain.TokenId("999"), Side.BUY, "1", "0.5",
                        Liquidity.TAKER, "0", TradeStatus.MATCHED, SessionExample.at("00:02:10")), Price.parse("0.5"))
                .clusters(Map.of(evil, new ClusterId("E3 <b>&</b>")))
                .endMarks(Map.of(new astra.domain.TokenId("999"), Price.parse("0.5")))
                .build();

        String html = TruthReportHtml.render(r);

        assertThat(html).doesNotContain("<script").doesNotContain("<b>&</b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(html).contains("E3 &lt;b&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void fillLog_hasHeaderCrlfLinesAndQuotesFieldsPerRfc4180() {
        ConditionId odd = new ConditionId("0xodd,\"quoted\"");
        astra.domain.TokenId token = new astra.domain.TokenId("777");
        TruthReport r = SessionExample.builder()
                .fill(SessionExample.fill("odd", odd, token, Side.BUY, "1", "0.5", Liquidity.TAKER, "0.01",
                        TradeStatus.MATCHED, SessionExample.at("00:02:10")), Price.parse("0.49"))
                .clusters(Map.of(odd, new ClusterId("line\nbreak")))
                .endMarks(Map.of(token, Price.parse("0.5")))
                .build();
        String csv = FillLog.csv(r);
        String[] lines = csv.split("\r\n", -1);

        assertThat(lines[0]).isEqualTo("time,market,cluster,token,side,price,size,liquidity,fee,mid_at_fill,status");
        // in time order; the FAILED f4 is not in the log of counting fills
        assertThat(lines[1]).isEqualTo("2026-05-01T00:00:30Z,0xm1,E1,101,BUY,0.4,100,MAKER,0,0.42,CONFIRMED");
        assertThat(lines[3]).isEqualTo(
                "2026-05-01T00:02:10Z,\"0xodd,\"\"quoted\"\"\",\"line\nbreak\",777,BUY,0.5,1,TAKER,0.01,0.49,MATCHED");
        assertThat(lines).hasSize(1 + 5 + 1); // header, 5 counting fills, nothing after the last CRLF
        assertThat(lines[6]).isEmpty();
        assertThat(csv).doesNotContain("FAILED");
    }
}
