package cn.jianwu.disclosure.api.publication;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One published revision of a public item, as its open history lists it.
 *
 * @param revision from 1
 * @param publishedAt when it was published
 * @param note what changed and why (修订说明), as staff gave it; {@code null} for the first
 * revision
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicRevision(int revision, Instant publishedAt, String note) {
}
