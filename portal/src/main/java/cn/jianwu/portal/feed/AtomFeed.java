package cn.jianwu.portal.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.jianwu.disclosure.api.publication.ChangeKind;
import cn.jianwu.disclosure.api.publication.PublicChange;
import cn.jianwu.portal.publication.PublicItems;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * An Atom 1.0 feed of changes of the public record: one entry per publication, revision
 * and withdrawal, so that a reader subscribed to a column learns of a correction or a
 * withdrawal as of a new item. Entry ids are tag URIs that stay the same however often
 * the feed is read; a withdrawal carries its public reason, never the withdrawn text.
 */
final class AtomFeed {

	/** The date of the tag URIs (RFC 4151): when the site began to mint them. */
	static final String TAG_DATE = "2026";

	static final String REVISION_NOTE = "修订说明：";

	static final String WITHDRAWAL_REASON = "撤回理由：";

	private final String host;

	private final String baseUrl;

	private final String author;

	/**
	 * @param baseUrl the site's public address, without trailing slash
	 * @param host the host name the tag URIs are minted under
	 * @param author who publishes (the institution)
	 */
	AtomFeed(String baseUrl, String host, String author) {
		this.baseUrl = baseUrl;
		this.host = host;
		this.author = author;
	}

	/**
	 * @param key what the feed is of, unique on the site: {@code feed},
	 * {@code categories/case-info}, …
	 * @param title the feed's title
	 * @param pagePath the page the feed follows
	 * @param feedPath the feed's own address
	 * @param changes newest first
	 * @return the feed's XML
	 */
	String write(String key, String title, String pagePath, String feedPath, List<PublicChange> changes) {
		Feed feed = new Feed("atom_1.0");
		feed.setEncoding("UTF-8");
		feed.setId(tag(key));
		feed.setTitle(title);
		feed.setLanguage("zh-CN");
		feed.setAlternateLinks(List.of(link("alternate", "text/html", pagePath)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", feedPath)));
		Person person = new Person();
		person.setName(this.author);
		feed.setAuthors(List.of(person));
		feed.setUpdated(Date.from(changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()));
		List<Entry> entries = new ArrayList<>();
		for (PublicChange change : changes) {
			entries.add(entry(change));
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed " + key + " could not be written", ex);
		}
	}

	private Entry entry(PublicChange change) {
		Entry entry = new Entry();
		entry.setId(tag("items/" + change.id()
				+ ((change.kind() == ChangeKind.WITHDRAWN) ? "/withdrawn" : "/revisions/" + change.revision())));
		entry.setTitle(
				((change.kind() == ChangeKind.PUBLISHED) ? "" : "【" + change.kind().label() + "】") + change.title());
		entry.setUpdated(Date.from(change.at()));
		if (change.kind() == ChangeKind.PUBLISHED) {
			entry.setPublished(Date.from(change.at()));
		}
		entry.setAlternateLinks(List.of(link("alternate", "text/html", PublicItems.path(change.id()))));
		String summary = summary(change);
		if (summary != null) {
			Content content = new Content();
			content.setType(Content.TEXT);
			content.setValue(summary);
			entry.setSummary(content);
		}
		List<Category> categories = new ArrayList<>();
		if (change.category() != null) {
			categories.add(category(change.category().name(), change.category().label()));
		}
		if (change.subKind() != null) {
			categories.add(category(change.subKind().name(), change.subKind().label()));
		}
		entry.setCategories(categories);
		return entry;
	}

	/**
	 * What a reader sees under the title: a withdrawal's reason, a revision's note before
	 * its summary, a publication's summary.
	 */
	static String summary(PublicChange change) {
		String summary = blankToNull(change.summary());
		String note = blankToNull(change.note());
		return switch (change.kind()) {
			case WITHDRAWN -> (note != null) ? WITHDRAWAL_REASON + note : null;
			case REVISED -> (note == null) ? summary : REVISION_NOTE + note + ((summary != null) ? "\n" + summary : "");
			case PUBLISHED -> summary;
		};
	}

	private String tag(String specific) {
		return "tag:" + this.host + "," + TAG_DATE + ":" + specific;
	}

	private Link link(String rel, String type, String path) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(this.baseUrl + path);
		return link;
	}

	private static Category category(String term, String label) {
		Category category = new Category();
		category.setTerm(term);
		category.setLabel(label);
		return category;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
