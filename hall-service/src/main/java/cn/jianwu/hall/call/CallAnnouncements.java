package cn.jianwu.hall.call;

import java.util.Arrays;
import java.util.List;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.institution.InstitutionProperties;

import org.springframework.stereotype.Component;

/**
 * The two disclosure items of a call, written as the procuratorate writes such notices:
 * the announcement (what, which questions, until when, how to respond) and the account of
 * its results (how many responses, what they said, what was adopted). Both are ordinary
 * items for every channel, published once approved.
 */
@Component
class CallAnnouncements {

	private final InstitutionProperties institution;

	private final CallProperties properties;

	CallAnnouncements(InstitutionProperties institution, CallProperties properties) {
		this.institution = institution;
		this.properties = properties;
	}

	ItemRequest announcement(OpenCall call) {
		StringBuilder body = new StringBuilder(paragraphs(call.body()));
		if (!call.questions().isEmpty()) {
			body.append("<p>本次征集的主要问题：</p><ol>");
			call.questions().forEach((question) -> body.append("<li>").append(escape(question)).append("</li>"));
			body.append("</ol>");
		}
		String page = this.properties.responsePage(call.id());
		body.append("<p>征集时间：")
			.append(escape(this.institution.dateTime(call.opensAt())))
			.append(" 至 ")
			.append(escape(this.institution.dateTime(call.closesAt())))
			.append("。</p>")
			.append("<p>参与方式：请在征集期间登录本院门户网站“网上检察服务大厅”，在本次征集页面（<a href=\"")
			.append(escape(page))
			.append("\">")
			.append(escape(page))
			.append("</a>）提交意见建议；也可以在本院检察服务大厅的自助终端上提交，或拨打")
			.append(escape(this.institution.hotline()))
			.append("由工作人员代为录入。</p>")
			.append("<p>")
			.append(escape(this.institution.name()))
			.append("</p>");
		return item("关于就“" + call.title() + "”公开征集意见的公告", body.toString(), call.department());
	}

	ItemRequest results(OpenCall call, long responses, String summary, String adopted) {
		String body = "<p>" + escape(this.institution.name()) + "于" + escape(this.institution.date(call.opensAt()))
				+ "至" + escape(this.institution.date(call.closesAt())) + "就“" + escape(call.title()) + "”公开征集意见，共收到意见"
				+ responses + "条。现将有关情况说明如下。</p>" + "<p>一、意见征集情况</p>" + paragraphs(summary) + "<p>二、意见采纳情况</p>"
				+ paragraphs(adopted) + "<p>感谢社会各界的关心和支持。</p>";
		return item("关于“" + call.title() + "”意见征集情况的说明", body, call.department());
	}

	private static ItemRequest item(String title, String body, String department) {
		return new ItemRequest(title, null, body, Category.OTHER, null, department, false, Term.AD_HOC,
				Visibility.PUBLIC, Arrays.asList(Channel.values()), List.of(), List.of(), List.of(), List.of(), null,
				null, null);
	}

	/** Plain text as paragraphs: each non-blank line is one. */
	static String paragraphs(String text) {
		StringBuilder html = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				html.append("<p>").append(escape(line.strip())).append("</p>");
			}
		}
		return html.toString();
	}

	/** Staff text is text: nothing in it becomes markup. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
