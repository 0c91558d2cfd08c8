package cn.jianwu.disclosure.publication;

import java.util.List;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.Redactor;

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
		return this.scanner.check(published, item.content().persons(), List.of()).labels();
	}

	private static String join(ItemContent content) {
		return String.join(SEPARATOR, content.title(), (content.summary() != null) ? content.summary() : "",
				content.body());
	}

}
