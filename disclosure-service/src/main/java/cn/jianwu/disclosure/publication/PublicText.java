package cn.jianwu.disclosure.publication;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.redaction.HtmlText;
import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionCheck;
import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.Redactor;

import org.springframework.stereotype.Component;

/**
 * The text the public will read: title, summary and body with every proposed redaction
 * applied. The three parts are scanned as one reader's text (the body through
 * {@link HtmlText}, so that markup, entities and invisible characters cannot hide a name
 * or a number) so that a person gets the same pseudonym (张某1, 张某2) everywhere; the body's
 * redactions are then applied inside its text nodes, keeping its markup.
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
		String title = content.title();
		String summary = (content.summary() != null) ? content.summary() : "";
		HtmlText body = HtmlText.parse(content.body());
		int summaryStart = title.length() + SEPARATOR.length();
		int bodyStart = summaryStart + summary.length() + SEPARATOR.length();
		String joined = title + SEPARATOR + summary + SEPARATOR + body.text();
		List<Redaction> proposals = this.scanner.scan(joined, content.persons(), content.addresses());
		List<Redaction> inTitle = new ArrayList<>();
		List<Redaction> inSummary = new ArrayList<>();
		List<Redaction> inBody = new ArrayList<>();
		for (Redaction redaction : proposals) {
			if (redaction.start() >= bodyStart) {
				inBody.add(redaction.movedBy(-bodyStart));
			}
			else if (redaction.start() >= summaryStart) {
				inSummary.add(redaction.movedBy(-summaryStart));
			}
			else {
				inTitle.add(redaction);
			}
		}
		return new RedactedText(Redactor.apply(title, inTitle),
				(content.summary() != null) ? Redactor.apply(summary, inSummary) : null, body.redact(inBody),
				proposals.size());
	}

	/**
	 * The unredacted text as the public would read it: title, summary and the body's
	 * reader's text, one per line. What the privacy review looks for names and minors in.
	 */
	public String readerText(ItemContent content) {
		return String.join("\n", content.title(), (content.summary() != null) ? content.summary() : "",
				HtmlText.parse(content.body()).text());
	}

	/**
	 * What would still identify someone after redaction, as labels staff read (never the
	 * values themselves): the published title, summary and body are read as the public
	 * will read them, the body's attributes included.
	 */
	public List<String> remainingIdentifiers(DisclosureItem item) {
		RedactedText text = redact(item.content());
		List<String> persons = item.content().persons();
		RedactionCheck check = this.scanner
			.check(text.title() + SEPARATOR + ((text.summary() != null) ? text.summary() : ""), persons, List.of())
			.and(this.scanner.check(HtmlText.parse(text.body()), persons, List.of()));
		return check.labels();
	}

}
