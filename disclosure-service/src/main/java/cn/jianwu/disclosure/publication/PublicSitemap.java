package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.publication.SitemapEntry;
import cn.jianwu.disclosure.api.publication.SitemapPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current public items for sitemaps, in item id order so that a sitemap's page holds
 * the same items while none is published or withdrawn.
 */
@Repository
class PublicSitemap {

	private final JdbcClient jdbc;

	PublicSitemap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SitemapPage page(int page, int size) {
		List<SitemapEntry> entries = this.jdbc
			.sql("SELECT item_id, published_at FROM (" + PublishedRevisions.CURRENT
					+ ") current ORDER BY item_id LIMIT :size OFFSET :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new SitemapEntry(rs.getObject("item_id", UUID.class).toString(),
					rs.getTimestamp("published_at").toInstant()))
			.list();
		long total = this.jdbc.sql("SELECT count(*) FROM (" + PublishedRevisions.CURRENT + ") counted")
			.query(Long.class)
			.single();
		return new SitemapPage(entries, total, page, size);
	}

}
