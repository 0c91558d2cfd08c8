package cn.jianwu.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The privacy gate's promise, checked where the public reads: a legal document written
 * with every trick a careful reviewer tried (a name split by markup, an ID number split
 * by a {@code <span>}, entities, zero-width characters and soft hyphens inside numbers,
 * numbers in groups, full-width digits, a wrong check digit) goes through the real chain,
 * and the portal page, the public API, the search hit, the WeChat article sent to the
 * simulator, the Weibo status and the bulletin page hold none of the identifiers and not
 * the listed name. Each channel's text is read as a reader reads it (markup stripped,
 * entities decoded, invisible characters and digit separators dropped, full-width
 * folded), independently of the redaction library.
 */
final class PrivacyGateAcrossChannels {

	/** Fictional, with a valid check digit. */
	private static final String ID = "11010519491231002X";

	private static final String PERSON = "张三丰";

	/**
	 * What must not be readable anywhere: the ID's first 17 digits, the phones, the name.
	 */
	private static final List<String> SECRETS = List.of(ID.substring(0, 17), "13800138000", "13900139000", PERSON);

	private final String gateway;

	private final String bulletin;

	private final String weibo;

	private final String wechat;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final StaffApi staff;

	PrivacyGateAcrossChannels(String gateway, String bulletin, String weibo, String wechat) {
		this.gateway = gateway;
		this.staff = new StaffApi(gateway);
		this.bulletin = bulletin;
		this.weibo = weibo;
		this.wechat = wechat;
	}

	/**
	 * Drafts, submits and approves the document through the gateway as clerk1, head1 and
	 * leader1, then waits until every channel has it and checks each.
	 * @param nonce makes the title findable and unique
	 * @return what each channel showed, for the report
	 */
	Map<String, String> publishTricksAndCheckEveryChannel(String nonce) throws Exception {
		String clerk = this.staff.token("clerk1");
		String body = String.join("", "<p>被不起诉人张<b>三</b>丰，男，公民身份号码110105<span>19491231002X</span>。</p>",
				"<p>经审查，张&#x4E09;丰于案发当日窃取商品，价值人民币860元。其联系电话138<b>0013</b>8000，", "另留电话&#49;3900139000。</p>",
				"<p>户籍登记的身份证号为110105 19491231 002X，另有登记为110105-19491231-002x，",
				"以及１１０１０５１９４９１２３１００２Ｘ；亦曾误登记为110105194912310021。</p>",
				"<p>其本人书写的号码为1380\u200B0138000、138&shy;0013&#8203;8000、138.0013.8000。</p>",
				"<p>本院决定对张\u200B三丰不起诉。</p>");
		ItemRequest request = new ItemRequest("张三丰涉嫌盗窃案不起诉决定书（" + nonce + "）", "张三丰，电话１３８ ００１３ ８０００，本院决定不起诉。", body,
				Category.CASE_INFO, SubKind.LEGAL_DOCUMENT, "公诉部", false, Term.AD_HOC, Visibility.PUBLIC,
				List.of(Channel.values()), null, List.of("张三丰"), null, null, null, null, null);
		UUID item = this.staff.create(clerk, request).id();
		this.staff.submit(clerk, item);
		this.staff.approve(this.staff.token("head1"), item, "同意");
		this.staff.approve(this.staff.token("leader1"), item, "同意发布");
		String id = item.toString();

		Map<String, String> read = new LinkedHashMap<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			read.put("portal page", readerText(get(this.gateway + "/items/" + id, 200)));
			read.put("public API", readerText(get(this.gateway + "/api/public/items/" + id, 200)));
			String hits = get(this.gateway + "/api/search?q=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8), 200);
			assertThat(hits).contains(id);
			read.put("search hit", readerText(hits));
			read.put("bulletin page", readerText(get(this.bulletin + "/bulletin/items/" + id, 200)));
			read.put("wechat article", readerText(simulated(this.wechat, "/cgi-bin/draft/add", id)));
			read.put("weibo status", readerText(
					URLDecoder.decode(simulated(this.weibo, "/2/statuses/share", id), StandardCharsets.UTF_8)));
		});
		read.forEach((channel, text) -> {
			assertThat(text).as(channel + " shows the document").contains("不起诉");
			assertThat(text).as(channel + " shows the pseudonym").contains("张某");
			for (String secret : SECRETS) {
				assertThat(text).as(channel + " must not show a listed name or an identifier").doesNotContain(secret);
			}
		});
		return read;
	}

	/**
	 * A text as a reader takes it in: tags dropped and entities decoded, full-width forms
	 * folded, characters that take no room removed, and the separators a reader skips
	 * inside a number (spaces, dashes, dots) taken out, so a number written in groups
	 * reads as one.
	 */
	static String readerText(String markup) {
		String text = Jsoup.parse(markup).text();
		text = Normalizer.normalize(text, Normalizer.Form.NFKC);
		text = text.replaceAll("[\\u00AD\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]", "");
		return text.replaceAll("(?<=[0-9])[\\s.\\-\\u2010-\\u2015]+(?=[0-9Xx])", "");
	}

	/** The bodies of the requests the simulator received on that path for the item. */
	private String simulated(String simulator, String path, String id) {
		List<Map<String, Object>> requests = JsonPath.read(get(simulator + "/__admin/requests", 200), "$.requests");
		List<String> bodies = new ArrayList<>();
		for (Map<String, Object> entry : requests) {
			String url = JsonPath.read(entry, "$.request.url");
			String body = JsonPath.read(entry, "$.request.body");
			if (url.startsWith(path) && body.contains(id)) {
				bodies.add(body);
			}
		}
		assertThat(bodies).as(simulator + path + " received the item").isNotEmpty();
		return String.join("\n", bodies);
	}

	private String get(String url, int expected) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as("GET " + url).isEqualTo(expected);
			return response.body();
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
