package cn.jianwu.disclosure.item;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

/**
 * What staff write and may change while an item is a draft. {@code body} is sanitised
 * rich text, still unredacted: the redacted text exists only in published revisions.
 *
 * @param persons natural persons whose names must be anonymised
 * @param addresses addresses the clerk marked for deletion
 * @param clearedNames names the privacy gate took for persons' and the clerk decided may
 * be published
 * @param minorClearance why the item may be public although the gate found hints that a
 * minor is involved (the alternative to the {@link Exemption#MINOR_INVOLVED} exemption);
 * {@code null} when no such decision was taken
 * @param obligationId the disclosure obligation of report-service's register that the
 * item meets, or {@code null}: it travels with the item's events so that the reports can
 * tell which obligation was met, and is never shown to the public
 * @param period for a periodic item only, the period it reports on (a
 * {@link cn.jianwu.disclosure.api.item.DisclosurePeriod} code)
 * @param caseStages for a guide only, the case stages whose notice of rights and duties
 * it is
 * @param revisionNote what this revision changes and why (修订说明), a public text;
 * {@code null} for the first revision
 */
public record ItemContent(Category category, SubKind subKind, Term term, Visibility visibility, String department,
		boolean important, List<Channel> channels, Set<Exemption> exemptions, List<String> persons,
		List<String> addresses, List<NameClearance> clearedNames, String minorClearance, String title, String summary,
		String body, Instant publishAt, String obligationId, String period, List<String> caseStages,
		String revisionNote) {

	public ItemContent {
		caseStages = (caseStages != null) ? List.copyOf(caseStages) : List.of();
		channels = List.copyOf(channels);
		exemptions = Set.copyOf(exemptions);
		persons = List.copyOf(persons);
		addresses = List.copyOf(addresses);
		clearedNames = List.copyOf(clearedNames);
	}

	/** Content without period, case stages or revision note. */
	public ItemContent(Category category, SubKind subKind, Term term, Visibility visibility, String department,
			boolean important, List<Channel> channels, Set<Exemption> exemptions, List<String> persons,
			List<String> addresses, List<NameClearance> clearedNames, String minorClearance, String title,
			String summary, String body, Instant publishAt, String obligationId) {
		this(category, subKind, term, visibility, department, important, channels, exemptions, persons, addresses,
				clearedNames, minorClearance, title, summary, body, publishAt, obligationId, null, List.of(), null);
	}

	/** The same content with this revision note. */
	public ItemContent withRevisionNote(String note) {
		return new ItemContent(this.category, this.subKind, this.term, this.visibility, this.department, this.important,
				this.channels, this.exemptions, this.persons, this.addresses, this.clearedNames, this.minorClearance,
				this.title, this.summary, this.body, this.publishAt, this.obligationId, this.period, this.caseStages,
				note);
	}

}
