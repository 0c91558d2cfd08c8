package cn.jianwu.channel.wechat.callback;

import java.time.Duration;
import java.util.Map;

import cn.jianwu.channel.wechat.publish.PublishResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CallbackXmlTest {

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
			<xml><ToUserName>gh_test</ToUserName><Content>&lol9;</Content><MsgType>text</MsgType></xml>
			""";

	static final String EXTERNAL_ENTITY = """
			<?xml version="1.0"?>
			<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
			<xml><ToUserName>gh_test</ToUserName><Content>&x;</Content><MsgType>text</MsgType></xml>
			""";

	@Test
	void readsAMessage() {
		Map<String, String> fields = CallbackXml.parse("""
				<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[o-follower]]></FromUserName>
				<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>
				<Content><![CDATA[你好 <b>]]></Content><MsgId>1234567890123456</MsgId></xml>
				""");
		CallbackMessage message = new CallbackMessage(fields);
		assertThat(message.isText()).isTrue();
		assertThat(message.content()).isEqualTo("你好 <b>");
		assertThat(message.deliveryKey()).isEqualTo("gh_test:msg:1234567890123456");
		assertThat(message.toString()).doesNotContain("o-follower");
	}

	@Test
	void readsThePublishJobResult() {
		CallbackMessage message = new CallbackMessage(CallbackXml
			.parse("""
					<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[o-system]]></FromUserName>
					<CreateTime>1481013459</CreateTime><MsgType><![CDATA[event]]></MsgType>
					<Event><![CDATA[PUBLISHJOBFINISH]]></Event>
					<PublishEventInfo><publish_id>2247503051</publish_id><publish_status>0</publish_status>
					<article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]></article_id>
					<article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/x]]></article_url></item></article_detail>
					</PublishEventInfo></xml>
					"""));
		assertThat(message.isEvent(CallbackMessage.PUBLISH_JOB_FINISHED)).isTrue();
		assertThat(message.publishResult()).isEqualTo(new PublishResult("2247503051", 0,
				"b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4", "https://mp.weixin.qq.com/s/x"));
		assertThat(message.deliveryKey()).startsWith("gh_test:event:")
			.endsWith(":1481013459:PUBLISHJOBFINISH")
			.doesNotContain("o-system");
	}

	@Test
	void refusesEntityExpansionQuickly() {
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThatThrownBy(() -> CallbackXml.parse(BILLION_LAUGHS)).isInstanceOf(CallbackRejected.class));
	}

	@Test
	void refusesExternalEntitiesWithoutReadingTheFile() {
		assertThatThrownBy(() -> CallbackXml.parse(EXTERNAL_ENTITY)).isInstanceOf(CallbackRejected.class)
			.hasMessageNotContaining("root");
	}

	@Test
	void theParserItselfRefusesDoctypesBehindTheTextCheck() {
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThatThrownBy(() -> CallbackXml.document(BILLION_LAUGHS))
					.isInstanceOf(CallbackRejected.class));
		assertThatThrownBy(() -> CallbackXml.document(EXTERNAL_ENTITY)).isInstanceOf(CallbackRejected.class);
		assertThatThrownBy(() -> CallbackXml.document("""
				<?xml version="1.0"?>
				<!DOCTYPE xml SYSTEM "http://127.0.0.1:1/evil.dtd">
				<xml><Content>x</Content></xml>
				""")).isInstanceOf(CallbackRejected.class);
	}

	@Test
	void refusesWhatIsNotAWechatMessage() {
		assertThatThrownBy(() -> CallbackXml.parse("not xml")).isInstanceOf(CallbackRejected.class);
		assertThatThrownBy(() -> CallbackXml.parse("<other/>")).isInstanceOf(CallbackRejected.class);
		assertThatThrownBy(() -> CallbackXml.parse("")).isInstanceOf(CallbackRejected.class);
	}

}
