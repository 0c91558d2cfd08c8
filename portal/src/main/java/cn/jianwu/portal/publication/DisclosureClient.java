package cn.jianwu.portal.publication;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicChangePage;
import cn.jianwu.disclosure.api.publication.PublicHistory;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.api.publication.SitemapPage;
import cn.jianwu.disclosure.api.publication.WithdrawalNotice;
import cn.jianwu.events.Category;
import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.PortalProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * disclosure-service's public reading API ({@code /api/public/items/**},
 * {@code /api/public/changes}, {@code /api/public/sitemap}): what the site's pages,
 * feeds, sitemap and kiosk read.
 */
@Component
public class DisclosureClient {

	private static final String SERVICE = "disclosure-service";

	private final RestClient client;

	DisclosureClient(BackendClients clients, PortalProperties properties) {
		this.client = clients.forService(properties.disclosureUrl());
	}

	/**
	 * The newest published items, of one column or of all.
	 * @param column the column, or {@code null} for every column
	 * @param page the page, from 0
	 * @param size items per page (1 to 100)
	 */
	PublicItemPage latest(Column column, int page, int size) {
		return items(ItemQuery.of((column != null) ? column.category() : null), page, size);
	}

	/**
	 * A page of the current public items that match: long-term items first when a
	 * category or section is asked for, then the newest.
	 * @param page the page, from 0
	 * @param size items per page (1 to 100)
	 */
	public PublicItemPage items(ItemQuery query, int page, int size) {
		PublicItemPage answer = fetch("list",
				() -> this.client.get()
					.uri((uri) -> uri.path("/api/public/items")
						.queryParamIfPresent("category", Optional.ofNullable(query.category()).map(Category::name))
						.queryParamIfPresent("subKind",
								query.subKinds().isEmpty() ? Optional.empty()
										: Optional.of(query.subKinds().stream().map(SubKind::name).toList()))
						.queryParamIfPresent("term", Optional.ofNullable(query.term()).map(Term::name))
						.queryParamIfPresent("department", Optional.ofNullable(query.department()))
						.queryParamIfPresent("stage", Optional.ofNullable(query.stage()))
						.queryParam("page", page)
						.queryParam("size", size)
						.build())
					.retrieve()
					.body(PublicItemPage.class));
		return required(answer, "list");
	}

	/** The current revision of a public item, its withdrawal notice, or nothing. */
	public Lookup item(UUID id) {
		return lookup("item",
				() -> this.client.get().uri("/api/public/items/{id}", id).retrieve().body(PublicItem.class));
	}

	/** One published revision of a public item, its withdrawal notice, or nothing. */
	public Lookup revision(UUID id, int revision) {
		return lookup("revision",
				() -> this.client.get()
					.uri("/api/public/items/{id}/revisions/{revision}", id, revision)
					.retrieve()
					.body(PublicItem.class));
	}

	/**
	 * The open history of a current public item, empty when it is withdrawn or unknown.
	 */
	public Optional<PublicHistory> history(UUID id) {
		try {
			return Optional.ofNullable(call("history",
					() -> this.client.get()
						.uri("/api/public/items/{id}/revisions", id)
						.retrieve()
						.body(PublicHistory.class)));
		}
		catch (Gone | Missing ex) {
			return Optional.empty();
		}
	}

	/**
	 * The newest changes of the public record, newest first.
	 * @param category one category, or {@code null} for all
	 * @param subKind one section, or {@code null} for all
	 * @param limit how many (1 to {@link PublicChangePage#MAX_LIMIT})
	 */
	public PublicChangePage changes(Category category, SubKind subKind, int limit) {
		return required(fetch("changes",
				() -> this.client.get()
					.uri((uri) -> uri.path("/api/public/changes")
						.queryParamIfPresent("category", Optional.ofNullable(category).map(Category::name))
						.queryParamIfPresent("subKind", Optional.ofNullable(subKind).map(SubKind::name))
						.queryParam("limit", limit)
						.build())
					.retrieve()
					.body(PublicChangePage.class)),
				"changes");
	}

	/**
	 * A page of the current public items in sitemap order.
	 * @param page from 0
	 * @param size 1 to {@link SitemapPage#MAX_SIZE}
	 */
	public SitemapPage sitemap(int page, int size) {
		return required(fetch("sitemap", () -> this.client.get()
			.uri((uri) -> uri.path("/api/public/sitemap").queryParam("page", page).queryParam("size", size).build())
			.retrieve()
			.body(SitemapPage.class)), "sitemap");
	}

	private Lookup lookup(String what, Supplier<PublicItem> request) {
		try {
			PublicItem item = call(what, request);
			return (item != null) ? new Lookup.Found(item) : new Lookup.Missing();
		}
		catch (Gone gone) {
			return new Lookup.Withdrawn(gone.notice);
		}
		catch (Missing missing) {
			return new Lookup.Missing();
		}
	}

	private static <T> T call(String what, Supplier<T> request) {
		try {
			return request.get();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				throw new Missing();
			}
			if (ex.getStatusCode().value() == HttpStatus.GONE.value()) {
				WithdrawnProblem problem = ex.getResponseBodyAs(WithdrawnProblem.class);
				if (problem != null && problem.withdrawal() != null) {
					throw new Gone(problem.withdrawal());
				}
			}
			throw new BackendUnavailableException(SERVICE, what + " answered " + ex.getStatusCode(), ex);
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(SERVICE, what + " failed: " + ex.getMessage(), ex);
		}
	}

	/** A call whose address always exists: a 404 or 410 is the service's fault. */
	private static <T> T fetch(String what, Supplier<T> request) {
		try {
			return call(what, request);
		}
		catch (Gone | Missing ex) {
			throw new BackendUnavailableException(SERVICE, what + " answered no such address", ex);
		}
	}

	private static <T> T required(T answer, String what) {
		if (answer == null) {
			throw new BackendUnavailableException(SERVICE, "empty " + what + " answer", null);
		}
		return answer;
	}

	/**
	 * What the public list is asked for.
	 *
	 * @param category one category, or {@code null} for all
	 * @param subKinds any of these sections, none for all
	 * @param term only items of this term, or {@code null}
	 * @param department only items of this department, or {@code null}
	 * @param stage only guides naming this case stage (its Chinese label), or
	 * {@code null}
	 */
	public record ItemQuery(Category category, List<SubKind> subKinds, Term term, String department, String stage) {

		public ItemQuery {
			subKinds = (subKinds != null) ? List.copyOf(subKinds) : List.of();
		}

		/** Every current public item of a category, or of all when {@code null}. */
		public static ItemQuery of(Category category) {
			return new ItemQuery(category, List.of(), null, null, null);
		}

		/** Every current public item of a section. */
		public static ItemQuery of(SubKind subKind) {
			return new ItemQuery(subKind.category(), List.of(subKind), null, null, null);
		}

	}

	/** What an address of a public item leads to. */
	public sealed interface Lookup {

		/** A published revision. */
		record Found(PublicItem item) implements Lookup {
		}

		/** An item withdrawn from the public: its notice, never its text. */
		record Withdrawn(WithdrawalNotice notice) implements Lookup {
		}

		/** No public item of that address (never was, or internal). */
		record Missing() implements Lookup {
		}

	}

	/** The Problem Details of a {@code 410 Gone} answer. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record WithdrawnProblem(@JsonProperty(WithdrawalNotice.PROBLEM_PROPERTY) WithdrawalNotice withdrawal) {
	}

	private static final class Gone extends RuntimeException {

		private final transient WithdrawalNotice notice;

		Gone(WithdrawalNotice notice) {
			super(null, null, false, false);
			this.notice = notice;
		}

	}

	private static final class Missing extends RuntimeException {

		Missing() {
			super(null, null, false, false);
		}

	}

}
