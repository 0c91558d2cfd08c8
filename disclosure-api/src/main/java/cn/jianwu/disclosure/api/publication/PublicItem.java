package cn.jianwu.disclosure.api.publication;

import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.item.DisclosurePeriod;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published item as the public reads it ({@code GET /api/public/items/{id}}): redacted
 * text only, and the attachments of the published revision with their download addresses.
 *
 * @param publishedAt when this revision was published
 * @param term how long or how often it is disclosed; long-term items stay at the top of
 * their column
 * @param period for a periodic item, the period it reports on ({@link DisclosurePeriod}
 * code, e.g. {@code 2026Q4}), otherwise {@code null}
 * @param caseStages for a guide, the case stages whose notice of rights and duties it is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicItem(String id, int revision, String title, String summary, String body, Category category,
		SubKind subKind, String department, Instant publishedAt, List<AttachmentRef> attachments, Term term,
		String period, List<String> caseStages) {

	public PublicItem {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		caseStages = (caseStages != null) ? List.copyOf(caseStages) : List.of();
	}

	/** An item without term, period or case stages (as before they were published). */
	public PublicItem(String id, int revision, String title, String summary, String body, Category category,
			SubKind subKind, String department, Instant publishedAt, List<AttachmentRef> attachments) {
		this(id, revision, title, summary, body, category, subKind, department, publishedAt, attachments, null, null,
				null);
	}

	/** The same item with these attachments. */
	public PublicItem withAttachments(List<AttachmentRef> refs) {
		return new PublicItem(this.id, this.revision, this.title, this.summary, this.body, this.category, this.subKind,
				this.department, this.publishedAt, refs, this.term, this.period, this.caseStages);
	}

	/** The period's name the public reads (e.g. 2026年第四季度), or {@code null}. */
	@JsonIgnore
	public String periodLabel() {
		return DisclosurePeriod.parse(this.period).map(DisclosurePeriod::label).orElse(null);
	}

}
