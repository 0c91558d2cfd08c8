package cn.jianwu.portal.publication;

import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * disclosure-service's public reading API: {@code GET /api/public/items} and {@code GET
 * /api/public/items/{id}}.
 */
@Component
class DisclosureClient {

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
		try {
			PublicItemPage answer = this.client.get()
				.uri((uri) -> uri.path("/api/public/items")
					.queryParamIfPresent("category", Optional.ofNullable(column).map((c) -> c.category().name()))
					.queryParam("page", page)
					.queryParam("size", size)
					.build())
				.retrieve()
				.body(PublicItemPage.class);
			if (answer == null) {
				throw new BackendUnavailableException(SERVICE, "empty list answer", null);
			}
			return answer;
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(SERVICE, "list failed: " + ex.getMessage(), ex);
		}
	}

	/** A published public item, or empty when there is none (never was, or withdrawn). */
	Optional<PublicItem> item(UUID id) {
		try {
			return Optional
				.ofNullable(this.client.get().uri("/api/public/items/{id}", id).retrieve().body(PublicItem.class));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw new BackendUnavailableException(SERVICE, "item answered " + ex.getStatusCode(), ex);
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(SERVICE, "item failed: " + ex.getMessage(), ex);
		}
	}

}
