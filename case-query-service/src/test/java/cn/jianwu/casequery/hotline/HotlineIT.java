package cn.jianwu.casequery.hotline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.jianwu.casequery.Api;
import cn.jianwu.casequery.CaseQueryIntegrationTest;
import cn.jianwu.casequery.TestCases;
import cn.jianwu.casequery.TestCases.Credential;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.hashing.IdNumbers;
import cn.jianwu.casequery.query.QueryProperties;
import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import cn.jianwu.testsupport.hostile.RawHttp;
import cn.jianwu.testsupport.hostile.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotline walked as an IVR platform walks it: fetch a VoiceXML document, "press" keys
 * by following the document's own {@code <goto>} and {@code <submit>} targets, and submit
 * the DTMF fields as the form's namelist. Every document is checked to be well-formed
 * VoiceXML 2.1 with the structure an IVR needs.
 */
class HotlineIT extends CaseQueryIntegrationTest {

	@Autowired
	QueryProperties query;

	static final String VXML = "http://www.w3.org/2001/vxml";

	static final String SRGS = "http://www.w3.org/2001/06/grammar";

	// In this class for its running context: a context of its own would cost more than
	// the probe.
	@Test
	void publicEndpointsAnswerHostileInputWithProblemsNeverA5xx() {
		HostileProbe probe = new HostileProbe(this.port, null);
		probe.probe(Endpoint.get("/api/hotline/entry", "round"));
		probe.probe(Endpoint.get("/api/hotline"));
		assertThat(probe.findings()).as(probe.requests() + " requests").isEmpty();
		Answer malformed = RawHttp.send(this.port, "GET", "/api/hotline/entry?round=%ff%fe", null, null, null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.body()).contains("https://jianwu.cn/problems/malformed-url");
	}

	@Test
	void callerHearsTheCaseThenQueriesAgainFailsAndIsTransferred() throws Exception {
		String id = idNumberEndingInX();
		Credential credential = TestCases.create(this.api, TestCases.caseNumber(), id).get(0);
		assertThat(credential.last4()).endsWith("X");
		String ivr = TestCases.client();

		// Welcome: 1 for a query.
		Document welcome = fetch("/api/hotline/welcome");
		assertThat(text(welcome)).contains("XX区人民检察院案件信息查询热线");
		Element choice = field(welcome, "choice");
		assertThat(dtmfItems(choice)).containsExactlyInAnyOrder("1", "0");
		assertThat(target(choice, "0")).isEqualTo("/api/hotline/operator");
		String entryUri = target(choice, "1");
		assertThat(entryUri).isEqualTo("/api/hotline/entry?round=1");

		// Entry: 12 digits ended by #, then 4 (the X is the star key).
		Document entry = fetch(entryUri);
		assertThat(property(entry, "termchar")).isEqualTo("#");
		Element code = field(entry, "code");
		Element codeRule = (Element) code.getElementsByTagNameNS(SRGS, "rule").item(0);
		assertThat(((Element) codeRule.getElementsByTagNameNS(SRGS, "item").item(0)).getAttribute("repeat"))
			.isEqualTo("12");
		assertThat(text(code)).contains("12位查询码").contains("井号键");
		assertThat(text(field(entry, "last4"))).contains("星号键");
		Element submit = single(entry, "submit");
		assertThat(submit.getAttribute("method")).isEqualTo("post");
		assertThat(submit.getAttribute("namelist")).isEqualTo("code last4");
		assertThat(((Element) submit.getParentNode()).getLocalName()).isEqualTo("filled");

		// The IVR submits the keys as it recognised them (tokens separated by blanks).
		String keys = String.join(" ", credential.code().split(""));
		Document answer = submit(ivr, submit.getAttribute("next"), keys, credential.last4().replace('X', '*'));
		String report = text(single(answer, "block"));
		assertThat(report).contains("查询成功")
			.contains("张某涉嫌盗窃案")
			.contains("审查起诉")
			.containsPattern("自\\d{4}年\\d{1,2}月\\d{1,2}日开始")
			.containsPattern("法定办理期限至\\d{4}年\\d{1,2}月\\d{1,2}日")
			.doesNotContain(credential.code())
			.doesNotContain("王某");
		Element next = field(answer, "next");
		assertThat(dtmfItems(next)).containsExactlyInAnyOrder("1", "2", "0", "9");
		assertThat(repeats(next)).as("1 clears the form, so the report is read again").isTrue();
		assertThat(target(next, "0")).isEqualTo("/api/hotline/operator");

		// 2: query again, with wrong digits this time.
		Document again = fetch(target(next, "2"));
		Element secondSubmit = single(again, "submit");
		assertThat(secondSubmit.getAttribute("next")).isEqualTo("/api/hotline/answer?round=2");
		Api.Response failed = this.api.form(ivr, secondSubmit.getAttribute("next"),
				"code=" + credential.code() + "&last4=0000");
		Document failure = parse(failed);
		assertThat(text(single(failure, "block"))).contains("查询未成功")
			.as("the lock-out as configured")
			.contains(new LockoutPolicy(this.query.maxFailures(), this.query.lockDuration()).warning());
		// An unknown code gets the very same document.
		Api.Response unknown = this.api.form(ivr, secondSubmit.getAttribute("next"),
				"code=000000000000&last4=" + credential.last4());
		assertThat(unknown.body()).isEqualTo(failed.body());
		assertThat(failed.took().toMillis()).isGreaterThanOrEqualTo(150);

		// After the third query of the call there is no "again".
		Document third = fetch(target(field(failure, "next"), "2"));
		Document thirdFailure = parse(
				this.api.form(ivr, single(third, "submit").getAttribute("next"), "code=000000000000&last4=0000"));
		assertThat(dtmfItems(field(thirdFailure, "next"))).containsExactlyInAnyOrder("0", "9");
		assertThat(text(fetch("/api/hotline/entry?round=4"))).contains("查询次数已达上限");

		// 0: the operator.
		Document operator = fetch(target(field(thirdFailure, "next"), "0"));
		Element transfer = single(operator, "transfer");
		assertThat(transfer.getAttribute("dest")).isEqualTo("tel:12309");
		assertThat(transfer.getAttribute("type")).isEqualTo("bridge");
	}

	@Test
	void badInputIsRepromptedAtMostThreeTimesThenGoesToTheOperator() throws Exception {
		for (String uri : List.of("/api/hotline/welcome", "/api/hotline/entry?round=1")) {
			Document document = fetch(uri);
			NodeList catches = document.getElementsByTagNameNS(VXML, "catch");
			assertThat(catches.getLength()).isPositive();
			for (int i = 0; i < catches.getLength(); i++) {
				Element handler = (Element) catches.item(i);
				assertThat(handler.getAttribute("event")).isEqualTo("noinput nomatch");
				Element condition = (Element) handler.getElementsByTagNameNS(VXML, "if").item(0);
				assertThat(condition.getAttribute("cond")).isEqualTo("bad > 3");
				assertThat(((Element) condition.getElementsByTagNameNS(VXML, "goto").item(0)).getAttribute("next"))
					.isEqualTo("/api/hotline/operator");
				assertThat(condition.getElementsByTagNameNS(VXML, "reprompt").getLength()).isOne();
			}
		}
	}

	@Test
	void documentsAreNeverCachedAndAreVoiceXml() {
		Api.Response welcome = this.api.get("/api/hotline/welcome");
		assertThat(welcome.contentType()).startsWith("application/voicexml+xml");
		assertThat(welcome.cacheControl()).contains("no-store");
	}

	private Document fetch(String uri) throws Exception {
		return parse(this.api.get(uri));
	}

	private Document submit(String ivr, String uri, String code, String last4) throws Exception {
		return parse(this.api.form(ivr, uri, "code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)
				+ "&last4=" + java.net.URLEncoder.encode(last4, StandardCharsets.UTF_8)));
	}

	/**
	 * Parses as an IVR does (namespace-aware, not validating) and checks the structure.
	 */
	static Document parse(Api.Response response) throws Exception {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		Document document = builder.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(VXML);
		assertThat(root.getLocalName()).isEqualTo("vxml");
		assertThat(root.getAttribute("version")).isEqualTo("2.1");
		assertThat(root.getElementsByTagNameNS(VXML, "form").getLength()).isPositive();
		NodeList fields = root.getElementsByTagNameNS(VXML, "field");
		for (int i = 0; i < fields.getLength(); i++) {
			Element field = (Element) fields.item(i);
			NodeList grammars = field.getElementsByTagNameNS(SRGS, "grammar");
			assertThat(grammars.getLength()).as("grammar of " + field.getAttribute("name")).isOne();
			assertThat(((Element) grammars.item(0)).getAttribute("mode")).isEqualTo("dtmf");
			assertThat(field.getElementsByTagNameNS(VXML, "prompt").getLength()).isPositive();
		}
		if (root.getElementsByTagNameNS(VXML, "transfer").getLength() == 0) {
			assertThat(root.getElementsByTagNameNS(VXML, "filled").getLength()).isPositive();
		}
		return document;
	}

	private static Element field(Document document, String name) {
		NodeList fields = document.getElementsByTagNameNS(VXML, "field");
		for (int i = 0; i < fields.getLength(); i++) {
			if (((Element) fields.item(i)).getAttribute("name").equals(name)) {
				return (Element) fields.item(i);
			}
		}
		throw new AssertionError("No field " + name);
	}

	private static Element single(Document document, String name) {
		NodeList found = document.getElementsByTagNameNS(VXML, name);
		assertThat(found.getLength()).as(name).isOne();
		return (Element) found.item(0);
	}

	private static String property(Document document, String name) {
		NodeList properties = document.getElementsByTagNameNS(VXML, "property");
		for (int i = 0; i < properties.getLength(); i++) {
			Element property = (Element) properties.item(i);
			if (property.getAttribute("name").equals(name)) {
				return property.getAttribute("value");
			}
		}
		return null;
	}

	private static List<String> dtmfItems(Element field) {
		Element grammar = (Element) field.getElementsByTagNameNS(SRGS, "grammar").item(0);
		Element rule = (Element) grammar.getElementsByTagNameNS(SRGS, "rule").item(0);
		List<String> items = new ArrayList<>();
		NodeList list = rule.getElementsByTagNameNS(SRGS, "item");
		for (int i = 0; i < list.getLength(); i++) {
			items.add(list.item(i).getTextContent().trim());
		}
		return items;
	}

	/** Where the field's {@code <filled>} goes when the key was pressed. */
	private static String target(Element field, String key) {
		for (Element action : actions(field, key)) {
			if (action.getLocalName().equals("goto")) {
				return action.getAttribute("next");
			}
		}
		throw new AssertionError("No goto for key " + key);
	}

	private static boolean repeats(Element field) {
		return actions(field, "1").stream()
			.anyMatch((action) -> action.getLocalName().equals("clear")
					&& action.getAttribute("namelist").contains("report"));
	}

	/** The elements a VoiceXML interpreter runs in {@code <filled>} for a key. */
	private static List<Element> actions(Element field, String key) {
		Element filled = (Element) field.getElementsByTagNameNS(VXML, "filled").item(0);
		Element branch = (Element) filled.getElementsByTagNameNS(VXML, "if").item(0);
		String wanted = field.getAttribute("name") + " == '" + key + "'";
		List<Element> actions = new ArrayList<>();
		boolean taken = false;
		boolean done = false;
		String condition = branch.getAttribute("cond");
		taken = condition.equals(wanted);
		for (Node child = branch.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element)) {
				continue;
			}
			if (element.getLocalName().equals("elseif") || element.getLocalName().equals("else")) {
				done = done || taken;
				taken = !done && (element.getLocalName().equals("else") || element.getAttribute("cond").equals(wanted));
				continue;
			}
			if (taken) {
				actions.add(element);
			}
		}
		return actions;
	}

	private static String text(Document document) {
		return document.getDocumentElement().getTextContent();
	}

	private static String text(Element element) {
		return element.getTextContent();
	}

	private static String idNumberEndingInX() {
		while (true) {
			String id = TestCases.idNumber();
			if (IdNumbers.isValid(id) && id.endsWith("X")) {
				return id;
			}
		}
	}

}
