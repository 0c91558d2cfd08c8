package cn.jianwu.portal.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.SitemapPage;
import cn.jianwu.portal.publication.Column;
import cn.jianwu.portal.publication.DisclosureClient;
import cn.jianwu.portal.publication.PublicItems;
import cn.jianwu.portal.site.PageNotFoundException;
import cn.jianwu.portal.site.PortalProperties;
import cn.jianwu.portal.site.PublicPage;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What search engines read: {@code /sitemap.xml} lists the home page, the columns, the
 * sections and every current public item while they fit in one sitemap
 * ({@link SitemapPage#MAX_SIZE} addresses); past that it is an index of
 * {@code /sitemaps/{n}.xml}, each one page of disclosure-service's sitemap (the first
 * with the site's own pages). Every answer costs one call for at most one sitemap's
 * items. {@code /robots.txt} names the sitemap and keeps crawlers off the console and the
 * kiosk.
 */
@Controller
class SitemapController {

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final DisclosureClient client;

	private final PortalProperties portal;

	SitemapController(DisclosureClient client, PortalProperties portal) {
		this.client = client;
		this.portal = portal;
	}

	/** The site's own pages: home, columns, sections. */
	static List<String> sitePages() {
		List<String> pages = new ArrayList<>();
		pages.add("/");
		for (Column column : Column.values()) {
			pages.add(column.path());
			for (SubKind section : column.sections()) {
				pages.add(column.path(section));
			}
		}
		return List.copyOf(pages);
	}

	/** How many items one sitemap file lists: the first also holds the site's pages. */
	static int itemsPerFile() {
		return SitemapPage.MAX_SIZE - sitePages().size();
	}

	/** How many sitemap files the items need (at least one). */
	static int files(long items) {
		return (int) Math.max(1, (items + itemsPerFile() - 1) / itemsPerFile());
	}

	@GetMapping("/sitemap.xml")
	@PublicPage(maxAgeSeconds = 3600)
	ResponseEntity<String> sitemap() {
		SitemapPage first = this.client.sitemap(0, itemsPerFile());
		if (first.total() <= itemsPerFile()) {
			return xml(SitemapXml.urlset(urls(first, true)));
		}
		return xml(SitemapXml.index(IntStream.rangeClosed(1, files(first.total()))
			.mapToObj((number) -> new SitemapXml.Url(this.portal.absolute("/sitemaps/" + number + ".xml"), null))
			.toList()));
	}

	@GetMapping("/sitemaps/{file:[0-9]+}.xml")
	@PublicPage(maxAgeSeconds = 3600)
	ResponseEntity<String> file(@PathVariable String file) {
		int number = number(file);
		SitemapPage page = this.client.sitemap(number - 1, itemsPerFile());
		if (number > files(page.total())) {
			throw new PageNotFoundException("sitemap " + number);
		}
		return xml(SitemapXml.urlset(urls(page, number == 1)));
	}

	@GetMapping("/robots.txt")
	@PublicPage(maxAgeSeconds = 3600)
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /console
				Disallow: /kiosk

				Sitemap: %s
				""".formatted(this.portal.absolute("/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(robots);
	}

	private List<SitemapXml.Url> urls(SitemapPage page, boolean withSitePages) {
		List<SitemapXml.Url> urls = new ArrayList<>();
		if (withSitePages) {
			sitePages().forEach((path) -> urls.add(new SitemapXml.Url(this.portal.absolute(path), null)));
		}
		page.entries()
			.forEach((entry) -> urls
				.add(new SitemapXml.Url(this.portal.absolute(PublicItems.path(entry.id())), entry.lastModified())));
		return urls;
	}

	private static int number(String file) {
		try {
			int number = Integer.parseInt(file);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// more sitemaps than there could ever be
		}
		throw new PageNotFoundException("sitemap " + file);
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

}
