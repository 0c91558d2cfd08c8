package cn.jianwu.portal.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.redaction.HtmlText;

import org.springframework.stereotype.Service;

/** The published items as the site's pages show them. */
@Service
public class PublicItems {

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

	Optional<ItemView> item(UUID id) {
		return (this.client.item(id) instanceof DisclosureClient.Lookup.Found found) ? Optional.of(view(found.item()))
				: Optional.empty();
	}

	private ItemLine line(PublicItem item) {
		Optional<Column> column = Column.byCategory(item.category());
		return new ItemLine(path(item.id()), item.title(), this.institution.date(item.publishedAt()),
				this.institution.isoDate(item.publishedAt()), column.map(Column::label).orElse(null),
				column.map(Column::path).orElse(null), label(item.subKind()), item.department());
	}

	private ItemView view(PublicItem item) {
		return new ItemView(item.id(), item.title(), blankToNull(item.summary()),
				HtmlText.parse(item.body()).paragraphs(), this.institution.date(item.publishedAt()),
				this.institution.isoDate(item.publishedAt()), item.department(),
				Column.byCategory(item.category()).orElse(null), label(item.subKind()),
				item.attachments().stream().map((attachment) -> link(item.id(), attachment)).toList());
	}

	/** The item's page on this site. */
	public static String path(String id) {
		return "/items/" + id;
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
