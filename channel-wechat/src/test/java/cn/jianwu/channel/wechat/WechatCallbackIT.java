package cn.jianwu.channel.wechat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.testsupport.hostile.HostileProbe;
import cn.jianwu.testsupport.hostile.HostileProbe.Endpoint;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WechatCallbackIT extends WechatIntegrationTest {

	@Test
	void theCallbackAnswersHostileInputWithProblemsNeverA5xx() {
		HostileProbe hostile = new HostileProbe(this.port, null);
		List<String> signed = List.of("signature", "timestamp", "nonce", "echostr", "encrypt_type", "msg_signature");
		hostile.probe(new Endpoint("GET", "/wechat/callback", signed, List.of(), false));
		hostile.probe(new Endpoint("POST", "/wechat/callback", signed, List.of(), true));
		assertThat(hostile.findings()).as(hostile.requests() + " requests").isEmpty();
	}

	/**
	 * Safe mode with a wrong message signature: the envelope is read before the signature
	 * can be checked.
	 */
	static final String UNCHECKED_SAFE_MODE = "encrypt_type=aes&msg_signature=" + "0".repeat(40);

	static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE lolz [
			 <!ENTITY lol "lol">
			 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
			 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
			 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
			 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
			 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
			 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
			 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
			]>
			<xml><ToUserName>gh_it_account</ToUserName><FromUserName>o-follower</FromUserName>
			<CreateTime>1700000000</CreateTime><MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId></xml>
			""";

	static final String EXTERNAL_ENTITY = """
			<?xml version="1.0"?>
			<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
			<xml><ToUserName>gh_it_account</ToUserName><FromUserName>o-follower</FromUserName>
			<CreateTime>1700000000</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>2</MsgId></xml>
			""";

	@Test
	void refusesARequestWithoutAValidSignature() {
		HttpResponse<String> post = rawCallback("POST", "signature=0123456789abcdef&timestamp=1&nonce=2",
				textMessage("你好", 1L));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(post.body()).contains("签名校验失败").contains("wechat-signature");

		assertThat(rawCallback("GET", "timestamp=1&nonce=2&echostr=12345", null).statusCode()).isEqualTo(403);
		assertThat(rawCallback("POST", "", textMessage("你好", 2L)).statusCode()).isEqualTo(403);
	}

	@Test
	void answersWechatsUrlCheckWithTheEchostr() {
		HttpResponse<String> answer = callback("GET", "echostr=6143720950219465831", null);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("6143720950219465831");
	}

	@Test
	void survivesEntityExpansionQuickly() {
		long started = System.nanoTime();
		HttpResponse<String> answer = callback("POST", UNCHECKED_SAFE_MODE, BILLION_LAUGHS);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("lollol").contains("消息格式无效");
	}

	@Test
	void neverReadsAnExternalEntity() {
		long started = System.nanoTime();
		HttpResponse<String> answer = callback("POST", UNCHECKED_SAFE_MODE, EXTERNAL_ENTITY);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("root:").doesNotContain("/bin/");
	}

	@Test
	void repliesToATextWithHelpAndToItsRetryNotAgain() {
		long msgId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
		String message = textMessage("你好", msgId);

		HttpResponse<String> first = callback("POST", null, message);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).startsWith("<xml>")
			.contains("<ToUserName><![CDATA[o-follower-it]]></ToUserName>")
			.contains("<FromUserName><![CDATA[gh_it_account]]></FromUserName>")
			.contains("<MsgType><![CDATA[text]]></MsgType>")
			.contains("检务公开")
			.contains("查询 123456789012 1234")
			.contains("/case-query");

		HttpResponse<String> retry = callback("POST", null, message);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(retry.body()).isEqualTo("success");
	}

	@Test
	void answersOtherMessagesWithSuccess() {
		String image = "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><FromUserName><![CDATA[o-follower-it]]>"
				+ "</FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType>"
				+ "<PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl><MsgId>"
				+ ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50) + "</MsgId></xml>";
		assertThat(callback("POST", null, image).body()).isEqualTo("success");
	}

	@Test
	void safeModeDecryptsTheMessageAndEncryptsTheReply() {
		assertSafeModeRoundTrip(AES_KEY);
	}

	@Test
	void safeModeStillOpensMessagesEncryptedWithThePreviousKey() {
		assertSafeModeRoundTrip(AES_KEY_PREVIOUS);
	}

	@Test
	void safeModeRefusesAWrongMessageSignature() {
		WxCryptUtil crypto = new WxCryptUtil(CALLBACK_TOKEN, AES_KEY, APP_ID);
		String encrypted = crypto.encrypt("x", textMessage("你好", 3L));
		String envelope = "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt></xml>";
		HttpResponse<String> answer = callback("POST", UNCHECKED_SAFE_MODE, envelope);
		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAPlainModePushWhileAnAesKeyIsConfigured() {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		HttpResponse<String> plain = rawCallback("POST", signedQuery(timestamp, newNonce()), textMessage("解绑", 4L));
		assertThat(plain.statusCode()).isEqualTo(403);
		assertThat(plain.body()).contains("wechat-safe-mode").contains("仅接受安全模式消息");
	}

	@Test
	void refusesAReplayedPushAndAnOldOne() {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = newNonce();
		String message = textMessage("你好", ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50));
		HttpResponse<String> first = safeModeCallback(timestamp, nonce, message);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("检务公开");

		HttpResponse<String> replayed = safeModeCallback(timestamp, nonce, message);
		assertThat(replayed.statusCode()).isEqualTo(403);
		assertThat(replayed.body()).contains("wechat-replay").doesNotContain("检务公开");

		String sixMinutesAgo = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());
		HttpResponse<String> old = safeModeCallback(sixMinutesAgo, newNonce(),
				textMessage("你好", ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)));
		assertThat(old.statusCode()).isEqualTo(403);
		assertThat(old.body()).contains("wechat-replay");
	}

	private void assertSafeModeRoundTrip(String key) {
		WxCryptUtil crypto = new WxCryptUtil(CALLBACK_TOKEN, key, APP_ID);
		String encrypted = crypto.encrypt("0123456789abcdef",
				textMessage("你好", ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)));
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String nonce = "nonce" + ThreadLocalRandom.current().nextInt(1_000_000);
		String envelope = "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt></xml>";
		String query = "signature=" + sha1(CALLBACK_TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce="
				+ nonce + "&encrypt_type=aes&msg_signature=" + sha1(CALLBACK_TOKEN, timestamp, nonce, encrypted);

		HttpResponse<String> answer = rawCallback("POST", query, envelope);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).doesNotContain("检务公开").contains("<Encrypt>").contains("<MsgSignature>");
		String replyCipher = element(answer.body(), "Encrypt");
		assertThat(element(answer.body(), "MsgSignature")).isEqualTo(sha1(CALLBACK_TOKEN,
				element(answer.body(), "TimeStamp"), element(answer.body(), "Nonce"), replyCipher));
		String reply = crypto.decrypt(replyCipher);
		assertThat(reply).contains("<ToUserName><![CDATA[o-follower-it]]></ToUserName>").contains("检务公开");
	}

	private static String textMessage(String content, long msgId) {
		return "<xml><ToUserName><![CDATA[gh_it_account]]></ToUserName><FromUserName><![CDATA[o-follower-it]]>"
				+ "</FromUserName><CreateTime>" + Instant.now().getEpochSecond()
				+ "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
				+ "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
	}

	private static String element(String xml, String name) {
		Matcher matcher = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">").matcher(xml);
		assertThat(matcher.find()).as("<%s> in %s", name, xml).isTrue();
		return matcher.group(1);
	}

}
