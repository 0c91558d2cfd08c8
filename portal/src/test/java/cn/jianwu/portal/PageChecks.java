package cn.jianwu.portal;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page of the portal must be, whatever it shows: Chinese, one main heading and
 * no skipped heading levels, a landmark structure, labelled fields, images with text, and
 * nothing the site's Content-Security-Policy would block (inline scripts, styles or event
 * handlers).
 */
public final class PageChecks {

	private PageChecks() {
	}

	public static Document parse(String html) {
		return Jsoup.parse(html);
	}

	public static Document assertAccessible(String html) {
		Document page = parse(html);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.title()).isNotBlank();
		assertThat(page.select("main")).as("one main landmark").hasSize(1);
		assertThat(page.select("header")).as("a banner").isNotEmpty();
		assertThat(page.select("h1")).as("one main heading").hasSize(1);
		assertHeadingsInOrder(page);
		for (Element field : page.select("input, select, textarea")) {
			String type = field.attr("type");
			if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
				continue;
			}
			boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty();
			assertThat(labelled || field.hasAttr("aria-label")).as("label for " + field).isTrue();
		}
		for (Element image : page.select("img")) {
			assertThat(image.hasAttr("alt")).as("alt text of " + image).isTrue();
		}
		for (Element button : page.select("button")) {
			assertThat(button.text().isBlank() && !button.hasAttr("aria-label")).as("name of " + button).isFalse();
		}
		for (Element script : page.select("script")) {
			assertThat(script.attr("src")).as("scripts are files (CSP script-src 'self')").isNotEmpty();
			assertThat(script.data()).isBlank();
		}
		assertThat(page.select("style")).as("no inline style element (CSP style-src 'self')").isEmpty();
		Set<String> ids = new HashSet<>();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("inline handler or style on " + element.tagName())
					.doesNotStartWith("on")
					.isNotEqualTo("style");
			}
			if (!element.id().isEmpty()) {
				assertThat(ids.add(element.id())).as("unique id " + element.id()).isTrue();
			}
		}
		Element skip = page.selectFirst("a.skip-link");
		if (skip != null) {
			assertThat(page.getElementById(skip.attr("href").substring(1))).as("skip link target").isNotNull();
		}
		return page;
	}

	private static void assertHeadingsInOrder(Document page) {
		int previous = 0;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			assertThat(level).as("heading " + heading.text() + " after h" + previous).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}

}
