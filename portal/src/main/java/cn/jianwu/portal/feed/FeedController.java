package cn.jianwu.portal.feed;

import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.PublicChange;
import cn.jianwu.events.Category;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.FeedLink;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PortalProperties;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public Atom feeds: every change of the public record, a column's, a section's — the
 * newest {@value #ENTRIES} each, revisions and withdrawals included.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final DisclosureClient client;

	private final AtomFeed atom;

	private final InstitutionProperties institution;

	FeedController(DisclosureClient client, PortalProperties portal, InstitutionProperties institution) {
		this.client = client;
		this.institution = institution;
		this.atom = new AtomFeed(portal.absolute(""), portal.publicBaseUrl().getHost(), institution.name());
	}

	@GetMapping("/feed.atom")
	@PublicPage(maxAgeSeconds = 60)
	ResponseEntity<String> all() {
		FeedLink link = FeedLink.site();
		return feed("feed", this.institution.name() + " · " + link.title(), "/", link.href(), changes(null, null));
	}

	@GetMapping("/categories/{slug}/feed.atom")
	@PublicPage(maxAgeSeconds = 60)
	ResponseEntity<String> column(@PathVariable String slug) {
		Column column = Column.bySlug(slug).orElseThrow(() -> new PageNotFoundException("feed of " + slug));
		FeedLink link = FeedLink.of(column);
		return feed("categories/" + column.slug(), this.institution.name() + " · " + link.title(), column.path(),
				link.href(), changes(column.category(), null));
	}

	@GetMapping("/categories/{slug}/{sectionSlug}/feed.atom")
	@PublicPage(maxAgeSeconds = 60)
	ResponseEntity<String> section(@PathVariable String slug, @PathVariable String sectionSlug) {
		Column column = Column.bySlug(slug).orElseThrow(() -> new PageNotFoundException("feed of " + slug));
		SubKind section = column.section(sectionSlug)
			.orElseThrow(() -> new PageNotFoundException("feed of " + slug + "/" + sectionSlug));
		FeedLink link = FeedLink.of(column, section);
		return feed("categories/" + column.slug() + "/" + section.slug(),
				this.institution.name() + " · " + link.title(), column.path(section), link.href(),
				changes(column.category(), section));
	}

	private List<PublicChange> changes(Category category, SubKind section) {
		return this.client.changes(category, section, ENTRIES).changes();
	}

	private ResponseEntity<String> feed(String key, String title, String pagePath, String feedPath,
			List<PublicChange> changes) {
		return ResponseEntity.ok().contentType(ATOM).body(this.atom.write(key, title, pagePath, feedPath, changes));
	}

}
