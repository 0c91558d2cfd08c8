package cn.jianwu.disclosure.api.publication;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A current public item as a sitemap lists it.
 *
 * @param lastModified when its current revision was published
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SitemapEntry(String id, Instant lastModified) {
}
