package cn.jianwu.portal.kiosk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.DisclosureClient.ItemQuery;
import cn.jianwu.portal.publication.DisclosureClient.Lookup;
import cn.jianwu.redaction.HtmlText;

import org.springframework.stereotype.Component;

/**
 * The public record as the kiosk shows it: a few items a screen, in large type, each
 * leading to its reading page on the kiosk; attachments by name only (a kiosk has no
 * downloads).
 */
@Component
class KioskReading {

	/** Items a screen: what fits in the kiosk's type without scrolling far. */
	static final int PAGE_SIZE = 6;

	/** The guides read to find their departments (disclosure-service's page limit). */
	static final int DEPARTMENT_SCAN = 100;

	/** The furthest page a finger can reach: disclosure-service pages no further. */
	private static final int MAX_PAGE = 10_000;

	private final DisclosureClient client;

	private final InstitutionProperties institution;

	KioskReading(DisclosureClient client, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
	}

	/**
	 * A screen of the newest public items of every column.
	 * @param number from 1
	 * @throws cn.jianwu.portal.site.BackendUnavailableException when disclosure-service
	 * does not answer
	 */
	Screen latest(int number) {
		return screen(ItemQuery.of((Category) null), number, (page) -> KioskPaths.LATEST + "?page=" + page);
	}

	/**
	 * A screen of the guides (办事指南), long-term ones first.
	 * @param department one department's guides, or {@code null} for all
	 * @param number from 1
	 */
	Screen guides(String department, int number) {
		ItemQuery query = new ItemQuery(SubKind.GUIDE.category(), List.of(SubKind.GUIDE), null, department, null);
		return screen(query, number, (page) -> guidesPath(department, page));
	}

	/** The departments that publish guides, in the order of their guides. */
	List<String> guideDepartments() {
		return this.client.items(ItemQuery.of(SubKind.GUIDE), 0, DEPARTMENT_SCAN)
			.items()
			.stream()
			.map(PublicItem::department)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((department) -> !department.isEmpty())
			.distinct()
			.toList();
	}

	/** An item to read, the notice of its withdrawal, or empty when there is none. */
	Optional<Reading> item(UUID id) {
		Lookup lookup = this.client.item(id);
		if (lookup instanceof Lookup.Found found) {
			return Optional.of(reading(found.item()));
		}
		if (lookup instanceof Lookup.Withdrawn withdrawn) {
			return Optional.of(withdrawal(withdrawn.notice()));
		}
		return Optional.empty();
	}

	/** The guides' screen, of one department or of all. */
	static String guidesPath(String department, int page) {
		StringBuilder path = new StringBuilder(KioskPaths.GUIDES);
		String separator = "?";
		if (department != null) {
			path.append(separator).append("department=").append(URLEncoder.encode(department, StandardCharsets.UTF_8));
			separator = "&";
		}
		if (page > 1) {
			path.append(separator).append("page=").append(page);
		}
		return path.toString();
	}

	private Screen screen(ItemQuery query, int number, IntFunction<String> path) {
		int page = Math.min(Math.max(number, 1), MAX_PAGE);
		PublicItemPage answer = this.client.items(query, page - 1, PAGE_SIZE);
		int pages = (int) Math.min(MAX_PAGE, Math.max(1, (answer.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return new Screen(answer.items().stream().map(this::line).toList(), page, pages,
				(page > 1) ? path.apply(page - 1) : null, (page < pages) ? path.apply(page + 1) : null);
	}

	private Line line(PublicItem item) {
		return new Line(KioskPaths.item(item.id()), item.title(), this.institution.date(item.publishedAt()),
				this.institution.isoDate(item.publishedAt()), item.department(),
				section(item.category(), item.subKind()), item.term() == Term.LONG_TERM, item.periodLabel());
	}

	private Reading reading(PublicItem item) {
		return new Reading(item.title(), blankToNull(item.summary()), HtmlText.parse(item.body()).paragraphs(),
				this.institution.date(item.publishedAt()), this.institution.isoDate(item.publishedAt()),
				item.department(), section(item.category(), item.subKind()), item.term() == Term.LONG_TERM,
				item.periodLabel(), item.attachments().stream().map(AttachmentRef::fileName).toList(),
				(item.subKind() == SubKind.GUIDE) ? KioskPaths.GUIDES : KioskPaths.LATEST, null);
	}

	private Reading withdrawal(WithdrawalNotice notice) {
		Withdrawal withdrawal = new Withdrawal(this.institution.date(notice.withdrawnAt()), notice.reason());
		return new Reading(notice.title(), null, List.of(), this.institution.date(notice.publishedAt()),
				this.institution.isoDate(notice.publishedAt()), null, section(notice.category(), notice.subKind()),
				false, null, List.of(), (notice.subKind() == SubKind.GUIDE) ? KioskPaths.GUIDES : KioskPaths.LATEST,
				withdrawal);
	}

	/** Where an item belongs, as readers read it: 办事指南, or the column's name. */
	private static String section(Category category, SubKind subKind) {
		if (subKind != null) {
			return subKind.label();
		}
		return Column.byCategory(category).map(Column::label).orElse(null);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A screen of items.
	 *
	 * @param number this screen, from 1
	 * @param pages how many screens there are
	 * @param previous the screen before, or {@code null}
	 * @param next the screen after, or {@code null}
	 */
	record Screen(List<Line> lines, int number, int pages, String previous, String next) {
	}

	/**
	 * An item in a list.
	 *
	 * @param path its reading page on the kiosk
	 * @param section 办事指南 etc., or the column's name
	 * @param longTerm a long-term item (长期公开), listed first in its section
	 * @param periodLabel the period a periodic item reports on (2026年第四季度), or
	 * {@code null}
	 */
	record Line(String path, String title, String date, String isoDate, String department, String section,
			boolean longTerm, String periodLabel) {
	}

	/**
	 * An item to read, or what is left of a withdrawn one.
	 *
	 * @param paragraphs the redacted body as plain-text paragraphs
	 * @param attachmentNames the attachments' file names (no downloads on a kiosk)
	 * @param back the list it is read from
	 * @param withdrawal the withdrawal, or {@code null} for an item to read
	 */
	record Reading(String title, String summary, List<String> paragraphs, String date, String isoDate,
			String department, String section, boolean longTerm, String periodLabel, List<String> attachmentNames,
			String back, Withdrawal withdrawal) {

		public boolean withdrawn() {
			return this.withdrawal != null;
		}

	}

	/**
	 * Why and when an item was withdrawn.
	 *
	 * @param date the withdrawal's day as readers read it
	 * @param reason the public reason the withdrawer gave
	 */
	record Withdrawal(String date, String reason) {
	}

}
