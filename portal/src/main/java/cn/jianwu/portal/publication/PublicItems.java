package cn.jianwu.portal.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.publication.PublicRevision;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.redaction.HtmlText;

import org.springframework.stereotype.Service;

/** The published items as the site's pages show them. */
@Service
public class PublicItems {

	private static final Logger log = LoggerFactory.getLogger(PublicItems.class);

	private final DisclosureClient client;

	private final InstitutionProperties institution;

	PublicItems(DisclosureClient client, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
	}

	/**
	 * The newest items.
	 * @param column one column, or {@code null} for all
	 * @param count how many
	 * @throws cn.jianwu.portal.site.BackendUnavailableException when disclosure-service
	 * does not answer
	 */
	public List<ItemLine> latest(Column column, int count) {
		return this.client.latest(column, 0, count).items().stream().map(this::line).toList();
	}

	/**
	 * One page of a column.
	 * @param page from 0
	 */
	ColumnPage page(Column column, int page, int size) {
		PublicItemPage answer = this.client.latest(column, page, size);
		return new ColumnPage(answer.items().stream().map(this::line).toList(), answer.total());
	}

	/**
	 * One page of a section: long-term items first (the service orders them), then the
	 * newest.
	 * @param department only this department's items, or {@code null}
	 * @param page from 0
	 */
	ColumnPage section(SubKind section, String department, int page, int size) {
		PublicItemPage answer = this.client.items(
				new DisclosureClient.ItemQuery(section.category(), List.of(section), null, department, null), page,
				size);
		return new ColumnPage(answer.items().stream().map(this::line).toList(), answer.total());
	}

	/**
	 * The departments that publish in a section, in the order of their first item.
	 * @param count how many of the section's items to look at
	 */
	List<String> departments(SubKind section, int count) {
		return this.client.items(DisclosureClient.ItemQuery.of(section), 0, count)
			.items()
			.stream()
			.map(PublicItem::department)
			.filter((department) -> department != null && !department.isBlank())
			.distinct()
			.toList();
	}

	/**
	 * The long-term items of some sections (the home page's 机构概况 · 办事指南).
	 * @param sections sections of one category
	 * @param count how many at most
	 * @throws cn.jianwu.portal.site.BackendUnavailableException when disclosure-service
	 * does not answer
	 */
	public List<ItemLine> longTerm(List<SubKind> sections, int count) {
		return this.client
			.items(new DisclosureClient.ItemQuery(sections.get(0).category(), sections, Term.LONG_TERM, null, null), 0,
					count)
			.items()
			.stream()
			.map(this::line)
			.toList();
	}

	Optional<ItemView> item(UUID id) {
		return (this.client.item(id) instanceof DisclosureClient.Lookup.Found found) ? Optional.of(view(found.item()))
				: Optional.empty();
	}

	/** What an item's address leads to now. */
	DisclosureClient.Lookup lookup(UUID id) {
		return this.client.item(id);
	}

	/** What the address of one published revision of an item leads to. */
	DisclosureClient.Lookup revision(UUID id, int revision) {
		return this.client.revision(id, revision);
	}

	private ItemLine line(PublicItem item) {
		Optional<Column> column = Column.byCategory(item.category());
		return new ItemLine(path(item.id()), item.title(), this.institution.date(item.publishedAt()),
				this.institution.isoDate(item.publishedAt()), column.map(Column::label).orElse(null),
				column.map(Column::path).orElse(null), label(item.subKind()), item.department(),
				longTermLabel(item.term()), item.periodLabel());
	}

	/**
	 * An item's page, with its open history when it was revised after publication (read
	 * only then; a page without the history is still the item's page).
	 */
	ItemView view(PublicItem item) {
		return new ItemView(item.id(), item.title(), blankToNull(item.summary()),
				HtmlText.parse(item.body()).paragraphs(), this.institution.date(item.publishedAt()),
				this.institution.isoDate(item.publishedAt()), item.department(),
				Column.byCategory(item.category()).orElse(null), label(item.subKind()),
				item.attachments().stream().map((attachment) -> link(item.id(), attachment)).toList(),
				longTermLabel(item.term()), item.periodLabel(), (item.revision() > 1) ? history(item.id()) : List.of());
	}

	/** A published revision as the changes page names it (without note or link). */
	ItemView.RevisionLine revisionLine(PublicItem revision) {
		return new ItemView.RevisionLine(revision.revision(), date(revision.publishedAt()),
				isoDate(revision.publishedAt()), null, null);
	}

	/** The page of a withdrawn item: what the public may know, never its text. */
	WithdrawnView withdrawn(WithdrawalNotice notice) {
		Column column = Column.byCategory(notice.category()).orElse(null);
		String sectionPath = (column != null && notice.subKind() != null
				&& notice.subKind().category() == column.category()) ? column.path(notice.subKind()) : null;
		return new WithdrawnView(notice.title(), date(notice.publishedAt()), isoDate(notice.publishedAt()),
				date(notice.withdrawnAt()), isoDate(notice.withdrawnAt()), notice.reason(), column,
				label(notice.subKind()), sectionPath);
	}

	private List<ItemView.RevisionLine> history(String id) {
		List<PublicRevision> newestFirst;
		try {
			newestFirst = this.client.history(UUID.fromString(id))
				.map((history) -> history.revisions())
				.orElse(List.of());
		}
		catch (BackendUnavailableException ex) {
			log.warn("Item page without its history: {}", ex.getMessage());
			return List.of();
		}
		List<PublicRevision> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		List<ItemView.RevisionLine> lines = new ArrayList<>();
		PublicRevision previous = null;
		for (PublicRevision revision : oldestFirst) {
			lines.add(new ItemView.RevisionLine(revision.revision(), date(revision.publishedAt()),
					isoDate(revision.publishedAt()), blankToNull(revision.note()),
					(previous != null) ? changesPath(id, previous.revision(), revision.revision()) : null));
			previous = revision;
		}
		return lines;
	}

	/** The item's page on this site. */
	public static String path(String id) {
		return "/items/" + id;
	}

	/** The page of what changed between two published revisions of an item. */
	static String changesPath(String id, int from, int to) {
		return path(id) + "/changes?from=" + from + "&to=" + to;
	}

	private String date(Instant instant) {
		return (instant != null) ? this.institution.date(instant) : null;
	}

	private String isoDate(Instant instant) {
		return (instant != null) ? this.institution.isoDate(instant) : null;
	}

	private static String longTermLabel(Term term) {
		return (term == Term.LONG_TERM) ? term.label() : null;
	}

	private static String label(SubKind subKind) {
		return (subKind != null) ? subKind.label() : null;
	}

	private static ItemView.AttachmentLink link(String itemId, AttachmentRef attachment) {
		String url = attachment.url();
		if (url == null || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))
				|| url.startsWith("//")) {
			url = "/api/public/items/" + itemId + "/attachments/" + attachment.id();
		}
		return new ItemView.AttachmentLink(attachment.fileName(), url, kind(attachment.mediaType()),
				size(attachment.size()));
	}

	static String kind(String mediaType) {
		String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		if (type.startsWith("application/pdf")) {
			return "PDF 文档";
		}
		if (type.startsWith("image/png")) {
			return "PNG 图片";
		}
		if (type.startsWith("image/jpeg")) {
			return "JPEG 图片";
		}
		return "文件";
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " 字节";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** One page of a column: its items and how many there are in all. */
	record ColumnPage(List<ItemLine> items, long total) {
	}

}
