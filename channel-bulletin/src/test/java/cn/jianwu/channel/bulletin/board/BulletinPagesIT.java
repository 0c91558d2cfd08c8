package cn.jianwu.channel.bulletin.board;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.jianwu.channel.bulletin.RunningBulletinService;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import cn.jianwu.testsupport.ServiceProbe;
import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import cn.jianwu.testsupport.hostile.RawHttp;
import cn.jianwu.testsupport.hostile.RawHttp.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The LAN bulletin as staff read it: the page by category and newest first with internal
 * items marked, a detail page that shows the body's words and nothing else, and an Atom
 * feed that a real XML parser accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinPagesIT extends RunningBulletinService {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	final String older = UUID.randomUUID().toString();

	final String newerInternal = UUID.randomUUID().toString();

	final String caseInfo = UUID.randomUUID().toString();

	ServiceProbe probe;

	@BeforeAll
	void publish() {
		this.probe = new ServiceProbe(this.port);
		List<Channel> bulletin = List.of(Channel.PORTAL, Channel.BULLETIN);
		this.events.send(item(this.older, 1, Category.GOVERNMENT_AFFAIRS, "2026年第三季度检务公开工作通报", Visibility.PUBLIC,
				bulletin, this.now.minus(2, ChronoUnit.HOURS)));
		this.events.send(item(this.newerInternal, 1, Category.GOVERNMENT_AFFAIRS, "关于年度考核工作的内部通知", Visibility.INTERNAL,
				bulletin, this.now.minus(1, ChronoUnit.HOURS)));
		this.events.send(new DisclosurePublished(this.caseInfo, 1, Category.CASE_INFO, "TYPICAL_CASE",
				"典型案例：王某某诈骗案 <b>&", "摘要 <i>不是标签</i>",
				"<p data-tel=\"13800138000\">第一段，<b>加粗</b>文字。</p><script>alert('x')</script><p>第二段&amp;结尾</p>", "公诉部",
				Visibility.PUBLIC, bulletin, this.now.minus(3, ChronoUnit.HOURS), null, List.of()));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.probe.get("/bulletin/items").body()).contains(this.older)
				.contains(this.newerInternal)
				.contains(this.caseInfo));
	}

	// In this class for its running context: a context of its own would cost more than
	// the probe.
	@Test
	void publicEndpointsAnswerHostileInputWithProblemsNeverA5xx() {
		HostileProbe hostile = new HostileProbe(this.port, null);
		hostile.probe(Endpoint.get("/bulletin/items", "limit"));
		hostile.probe(Endpoint.get("/bulletin/feed.atom"));
		hostile.probe(Endpoint.get("/status"));
		assertThat(hostile.findings()).as(hostile.requests() + " requests").isEmpty();
		Answer malformed = RawHttp.send(this.port, "GET", "/bulletin/items?limit=%ff%fe", null, null, null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.body()).contains("https://jianwu.cn/problems/malformed-url");
	}

	@Test
	void thePageListsItemsByCategoryNewestFirstAndMarksInternalOnes() {
		HttpResponse<String> response = this.probe.get("/bulletin");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("h1").text()).isEqualTo("局域网公告栏");
		assertThat(page.select("script")).isEmpty();

		List<String> headings = page.select("section.category > h2").eachText();
		assertThat(headings).containsSubsequence("检察案件信息", "检察政务信息");
		Element affairs = page.selectFirst("section.category:has(h2:containsOwn(检察政务信息))");
		List<String> links = affairs.select(".entry h3 a").eachAttr("href");
		assertThat(mine(links)).containsExactly("/bulletin/items/" + this.newerInternal,
				"/bulletin/items/" + this.older);
		Element internal = affairs.selectFirst(".entry:has(a[href$=" + this.newerInternal + "])");
		assertThat(internal.hasClass("internal")).isTrue();
		assertThat(internal.select(".badge").text()).isEqualTo("内部");
		Element public1 = affairs.selectFirst(".entry:has(a[href$=" + this.older + "])");
		assertThat(public1.select(".badge")).isEmpty();
		assertThat(public1.select("time").text()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");

		Element cases = page.selectFirst("section.category:has(h2:containsOwn(检察案件信息))");
		assertThat(cases.select(".entry h3 a").eachText()).contains("典型案例：王某某诈骗案 <b>&");
	}

	@Test
	void theDetailPageShowsTheBodysWordsAsEscapedParagraphs() {
		HttpResponse<String> response = this.probe.get("/bulletin/items/" + this.caseInfo);
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("article h1").text()).isEqualTo("典型案例：王某某诈骗案 <b>&");
		assertThat(page.select(".body p").eachText()).containsExactly("第一段，加粗文字。", "第二段&结尾");
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("article b, article i")).isEmpty();
		assertThat(response.body()).doesNotContain("alert(").doesNotContain("13800138000");
		assertThat(page.select(".lead").text()).isEqualTo("摘要 <i>不是标签</i>");
		assertThat(page.select("dl.meta").text()).contains("检察案件信息").contains("公诉部");

		Document internal = Jsoup.parse(this.probe.get("/bulletin/items/" + this.newerInternal).body());
		assertThat(internal.select("article").hasClass("internal")).isTrue();
		assertThat(internal.select(".badge").text()).startsWith("内部事项");

		HttpResponse<String> unknown = this.probe.get("/bulletin/items/" + UUID.randomUUID());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theAtomFeedIsWellFormedAndListsEveryItemNewestFirst() throws Exception {
		HttpResponse<String> response = this.probe.get("/bulletin/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));

		org.w3c.dom.Document feed = parse(response.body());
		org.w3c.dom.Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(child(root, "id").getTextContent()).isEqualTo("urn:jianwu:bulletin");
		assertThat(child(root, "title").getTextContent()).isEqualTo("测试区人民检察院局域网公告栏");
		assertThat(Instant.parse(child(root, "updated").getTextContent())).isAfter(this.now.minusSeconds(60));
		assertThat(child(child(root, "author"), "name").getTextContent()).isEqualTo("测试区人民检察院");

		List<String> ids = new ArrayList<>();
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
			String id = child(entry, "id").getTextContent();
			assertThat(id).matches("urn:jianwu:item:[^:]+:\\d+");
			assertThat(child(entry, "title").getTextContent()).isNotBlank();
			Instant.parse(child(entry, "updated").getTextContent());
			assertThat(child(entry, "summary").getTextContent()).isNotBlank();
			org.w3c.dom.Element link = child(entry, "link");
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			String itemId = id.split(":")[3];
			assertThat(link.getAttribute("href")).isEqualTo(baseUrl() + "/bulletin/items/" + itemId);
			ids.add(id);
		}
		assertThat(mine(ids)).containsExactly("urn:jianwu:item:" + this.newerInternal + ":1",
				"urn:jianwu:item:" + this.older + ":1", "urn:jianwu:item:" + this.caseInfo + ":1");

		org.w3c.dom.Element internal = entryWithId(entries, "urn:jianwu:item:" + this.newerInternal + ":1");
		assertThat(child(internal, "title").getTextContent()).isEqualTo("【内部】关于年度考核工作的内部通知");
		org.w3c.dom.Element cases = entryWithId(entries, "urn:jianwu:item:" + this.caseInfo + ":1");
		assertThat(child(cases, "title").getTextContent()).isEqualTo("典型案例：王某某诈骗案 <b>&");
		assertThat(child(cases, "category").getAttribute("label")).isEqualTo("检察案件信息");
		assertThat(Instant.parse(child(cases, "updated").getTextContent()))
			.isEqualTo(this.now.minus(3, ChronoUnit.HOURS));
	}

	private List<String> mine(List<String> values) {
		return values.stream()
			.filter((value) -> value.contains(this.older) || value.contains(this.newerInternal)
					|| value.contains(this.caseInfo))
			.toList();
	}

	private static org.w3c.dom.Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		// A document that is not well-formed makes the parser throw.
		builder.setErrorHandler(null);
		return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof org.w3c.dom.Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		throw new AssertionError("No atom:" + name + " in " + parent.getLocalName());
	}

	private static org.w3c.dom.Element entryWithId(NodeList entries, String id) {
		for (int i = 0; i < entries.getLength(); i++) {
			org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
			if (id.equals(child(entry, "id").getTextContent())) {
				return entry;
			}
		}
		throw new AssertionError("No entry " + id);
	}

}
