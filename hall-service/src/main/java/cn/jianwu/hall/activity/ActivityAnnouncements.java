package cn.jianwu.hall.activity;

import java.util.Arrays;
import java.util.List;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.hall.api.activity.Audience;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The two disclosure items of an activity, written as the procuratorate writes such
 * notices: the announcement (what, when, where, how many places, how to sign up) and the
 * report on it once held. Both are ordinary items for every channel, of the same category
 * and term as an open call's, published once approved. Staff text is text: nothing in it
 * becomes markup.
 */
@Component
class ActivityAnnouncements {

	private final ActivityClock clock;

	private final ActivityProperties properties;

	ActivityAnnouncements(ActivityClock clock, ActivityProperties properties) {
		this.clock = clock;
		this.properties = properties;
	}

	ItemRequest announcement(Activity activity) {
		StringBuilder body = new StringBuilder(paragraphs(activity.description()));
		body.append("<p>活动时间：")
			.append(escape(this.clock.text(activity.startsAt())))
			.append(" 至 ")
			.append(escape(this.clock.text(activity.endsAt())))
			.append("</p><p>活动地点：")
			.append(escape(activity.place()))
			.append("</p><p>报名时间：")
			.append(escape(this.clock.text(activity.signUpOpensAt())))
			.append(" 至 ")
			.append(escape(this.clock.text(activity.signUpClosesAt())))
			.append("；名额")
			.append(activity.capacity())
			.append("名，额满后可登记候补。</p>");
		String page = this.properties.signUpPage(activity.id());
		if (activity.audience() == Audience.INVITED) {
			body.append("<p>本次活动仅限特邀人员参加，请受邀人员使用受邀时登记的姓名和电话号码报名。</p>");
		}
		body.append("<p>报名方式：请在报名时间内登录本院门户网站“网上检察服务大厅”，在本活动页面（<a href=\"")
			.append(escape(page))
			.append("\">")
			.append(escape(page))
			.append("</a>）报名。咨询电话：")
			.append(escape(this.clock.hotline()))
			.append("。</p><p>")
			.append(escape(this.clock.institutionName()))
			.append("</p>");
		return item("关于举办“" + activity.title() + "”的公告", body.toString(), activity.department());
	}

	ItemRequest report(Activity activity, String summary) {
		String body = "<p>" + escape(this.clock.text(activity.startsAt())) + "，" + escape(this.clock.institutionName())
				+ "在" + escape(activity.place()) + "举办“" + escape(activity.title()) + "”（"
				+ escape(activity.kind().label()) + "）。</p>" + paragraphs(summary);
		return item("“" + activity.title() + "”活动情况", body, activity.department());
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

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
