package cn.jianwu.portal.casequery;

import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.PublicItems;
import cn.jianwu.portal.site.BackendUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The notices of rights and duties (权利义务告知) for a case's stage, as the case query's
 * answer links them (seed §四(三)1): the published guides that name the stage. Without
 * disclosure-service the answer still links the guides' section, never fails.
 */
@Component
public class RightsNotices {

	/** How many guides an answer links at most. */
	static final int LIMIT = 5;

	private static final Logger log = LoggerFactory.getLogger(RightsNotices.class);

	private final DisclosureClient client;

	RightsNotices(DisclosureClient client) {
		this.client = client;
	}

	/**
	 * The guides for a stage.
	 * @param stage the case's current stage as the answer names it, e.g. 审查起诉
	 */
	public Notices forStage(String stage) {
		String section = sectionPath();
		if (stage == null || stage.isBlank()) {
			return new Notices(List.of(), section);
		}
		try {
			List<Link> guides = this.client
				.items(new DisclosureClient.ItemQuery(SubKind.GUIDE.category(), List.of(SubKind.GUIDE), null, null,
						stage.strip()), 0, LIMIT)
				.items()
				.stream()
				.map((item) -> new Link(item.title(), PublicItems.path(item.id())))
				.toList();
			return new Notices(guides, section);
		}
		catch (BackendUnavailableException ex) {
			log.warn("Case answer without its stage's guides: {}", ex.getMessage());
			return new Notices(List.of(), section);
		}
	}

	/** The guides' section on the site. */
	static String sectionPath() {
		return Column.byCategory(SubKind.GUIDE.category()).orElseThrow().path() + "/" + SubKind.GUIDE.slug();
	}

	/**
	 * What an answer links: the stage's guides (maybe none) and the whole section.
	 *
	 * @param sectionPath the guides' section, always there
	 */
	public record Notices(List<Link> guides, String sectionPath) {
	}

	/** One guide: its title and its page. */
	public record Link(String title, String path) {
	}

}
