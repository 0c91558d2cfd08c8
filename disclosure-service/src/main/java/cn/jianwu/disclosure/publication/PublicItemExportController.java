package cn.jianwu.disclosure.publication;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every item a channel shows, page by page, for rebuilding or reconciling a copy of them
 * ({@code GET /api/public/items/export?channel=&after=&size=}): the current revision of
 * each published public item that chose the channel ({@code portal} unless named: the
 * search index; {@code bulletin} and {@code screens}: channel-bulletin's stores), with
 * its redacted text, exactly what its {@code published}/{@code revised} event carried.
 * <p>
 * Open like the rest of {@code /api/public/}: it shows nothing that
 * {@code /api/public/items/{id}} does not show to anyone already (internal, withdrawn and
 * unpublished items are never in it; every current public item is listed there whatever
 * its channels), and a search rebuild that needed a staff token would fail halfway
 * through a large export when the 15-minute token expires. Pages are keyed by item id, so
 * a page costs the same wherever it is.
 */
@RestController
class PublicItemExportController {

	static final int DEFAULT_SIZE = 200;

	static final int MAX_SIZE = 500;

	private static final UUID START = new UUID(0, 0);

	private final PublishedRevisions revisions;

	private final Attachments attachments;

	private final String portalBaseUrl;

	PublicItemExportController(PublishedRevisions revisions, Attachments attachments,
			@Value("${jianwu.portal.base-url}") String portalBaseUrl) {
		this.revisions = revisions;
		this.attachments = attachments;
		this.portalBaseUrl = portalBaseUrl;
	}

	/**
	 * @param channel the id of the channel whose items are wanted
	 * @param after the {@code next} of the previous page; absent for the first page
	 * @param size items per page, at most {@value #MAX_SIZE}
	 */
	@GetMapping("/api/public/items/export")
	ResponseEntity<ExportPage> export(@RequestParam(defaultValue = "portal") String channel,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw DisclosureException.invalid("每页条数应在1到" + MAX_SIZE + "之间。");
		}
		Channel target = channel(channel);
		UUID cursor = cursor(after);
		List<PublicItem> items = this.revisions.currentForChannelAfter(target, cursor, size);
		Map<UUID, List<AttachmentRef>> refs = this.attachments.publicRefs(
				items.stream().collect(Collectors.toMap((item) -> UUID.fromString(item.id()), PublicItem::revision)));
		List<ExportedItem> exported = items.stream()
			.map((item) -> ExportedItem.of(item, this.portalBaseUrl + "/items/" + item.id(),
					refs.getOrDefault(UUID.fromString(item.id()), List.of())))
			.toList();
		// Counting is a scan of all current revisions: once, on the first page.
		Long total = (after == null) ? this.revisions.countForChannel(target) : null;
		String next = (items.size() == size) ? items.get(items.size() - 1).id() : null;
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ExportPage(exported, total, next));
	}

	private static Channel channel(String id) {
		try {
			return Channel.fromId(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw DisclosureException.invalid("参数 channel 应为发布渠道之一："
					+ Arrays.stream(Channel.values()).map(Channel::id).collect(Collectors.joining("、")) + "。");
		}
	}

	private static UUID cursor(String after) {
		if (after == null) {
			return START;
		}
		try {
			return UUID.fromString(after.strip());
		}
		catch (IllegalArgumentException ex) {
			throw DisclosureException.invalid("参数 after 应为上一页返回的 next 值。");
		}
	}

	/**
	 * One page of the export.
	 *
	 * @param total how many items the export has in all; only on the first page
	 * @param next the {@code after} of the next page, or {@code null} on the last page
	 */
	record ExportPage(List<ExportedItem> items, Long total, String next) {
	}

	/**
	 * An exported item: the public item and where the portal shows it.
	 */
	record ExportedItem(String id, int revision, String title, String summary, String body, Category category,
			SubKind subKind, String department, Instant publishedAt, String portalUrl,
			List<AttachmentRef> attachments) {

		static ExportedItem of(PublicItem item, String portalUrl, List<AttachmentRef> attachments) {
			return new ExportedItem(item.id(), item.revision(), item.title(), item.summary(), item.body(),
					item.category(), item.subKind(), item.department(), item.publishedAt(), portalUrl,
					List.copyOf(attachments));
		}

	}

}
