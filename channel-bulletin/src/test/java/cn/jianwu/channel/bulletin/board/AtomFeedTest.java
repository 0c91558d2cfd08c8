package cn.jianwu.channel.bulletin.board;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed stays well-formed whatever an item's words contain. */
class AtomFeedTest {

	@Test
	void markupAndCharactersXmlCannotCarryDoNotBreakTheFeed() throws Exception {
		BulletinEntry entry = new BulletinEntry("item-1", 2, Category.OTHER, "标题 <b>&amp; \"引号\" \u0001控制字符",
				"]]> 摘要 \uD83D\uDE00", "办公室", Visibility.INTERNAL, Instant.parse("2026-11-20T02:30:00.123Z"));

		byte[] feed = AtomFeed.write("http://bulletin.local", "测试院", Instant.parse("2026-11-20T03:00:00Z"),
				List.of(entry));

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
		assertThat(document.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry").getLength()).isEqualTo(1);
		assertThat(document.getElementsByTagNameNS(AtomFeed.NAMESPACE, "title").item(1).getTextContent())
			.isEqualTo("【内部】标题 <b>&amp; \"引号\" 控制字符");
		assertThat(document.getElementsByTagNameNS(AtomFeed.NAMESPACE, "summary").item(0).getTextContent())
			.isEqualTo("]]> 摘要 \uD83D\uDE00");
		assertThat(document.getElementsByTagNameNS(AtomFeed.NAMESPACE, "id").item(1).getTextContent())
			.isEqualTo("urn:jianwu:item:item-1:2");
		assertThat(document.getElementsByTagNameNS(AtomFeed.NAMESPACE, "published").item(0).getTextContent())
			.isEqualTo("2026-11-20T02:30:00Z");
		assertThat(document.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
			.isEqualTo("zh-CN");
	}

}
