package cn.jianwu.disclosure.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.redaction.Redaction;
import cn.jianwu.disclosure.redaction.RedactionCheck;
import cn.jianwu.disclosure.redaction.RedactionKind;
import cn.jianwu.disclosure.redaction.RedactionScanner;
import cn.jianwu.disclosure.redaction.Redactor;

import org.springframework.stereotype.Component;

/**
 * The text the public will read: title, summary and body with every proposed redaction
 * applied. The three parts are redacted as one text so that a person gets the same
 * pseudonym (张某1, 张某2) everywhere.
 */
@Component
public class PublicText {

	/** Joins the parts; it contains nothing any scanner rule could match or cross. */
	private static final String SEPARATOR = "\n\u2029\u2029\n";

	private final RedactionScanner scanner;

	PublicText(RedactionScanner scanner) {
		this.scanner = scanner;
	}

	public RedactedText redact(ItemContent content) {
		String joined = join(content);
		List<Redaction> proposals = this.scanner.scan(joined, content.persons(), content.addresses());
		String[] parts = Redactor.apply(joined, proposals).split(SEPARATOR, -1);
		if (parts.length != 3) {
			throw new IllegalStateException("Redaction changed the part separators");
		}
		return new RedactedText(parts[0], content.summary() != null ? parts[1] : null, parts[2], proposals.size());
	}

	/**
	 * What would still identify someone after redaction, as labels staff read (never the
	 * values themselves).
	 */
	public List<String> remainingIdentifiers(DisclosureItem item) {
		RedactedText text = redact(item.content());
		String published = String.join(SEPARATOR, text.title(), (text.summary() != null) ? text.summary() : "",
				text.body());
		RedactionCheck check = this.scanner.check(published, item.content().persons(), List.of());
		Set<String> labels = new LinkedHashSet<>();
		for (Redaction identifier : check.identifiers()) {
			labels.add(label(identifier.kind()));
		}
		List<String> remaining = new ArrayList<>(labels);
		if (!check.persons().isEmpty()) {
			remaining.add("未匿名的人员姓名" + check.persons().size() + "处");
		}
		return remaining;
	}

	private static String join(ItemContent content) {
		return String.join(SEPARATOR, content.title(), (content.summary() != null) ? content.summary() : "",
				content.body());
	}

	private static String label(RedactionKind kind) {
		return switch (kind) {
			case PERSON_NAME -> "人员姓名";
			case ID_NUMBER -> "公民身份号码";
			case PHONE -> "电话号码";
			case BANK_CARD -> "银行卡号";
			case EMAIL -> "电子邮箱";
			case LICENCE_PLATE -> "车牌号码";
			case ADDRESS -> "住址";
		};
	}

}
