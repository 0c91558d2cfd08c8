package cn.jianwu.portal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.jianwu.portal.site.BackendClients;
import cn.jianwu.portal.site.BackendUnavailableException;
import cn.jianwu.portal.site.PortalProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** search-service's public search, {@code GET /api/search}. */
@Component
class SearchClient {

	private static final String SERVICE = "search-service";

	private final RestClient client;

	private final JsonMapper json;

	SearchClient(BackendClients clients, PortalProperties properties, JsonMapper json) {
		this.client = clients.forService(properties.searchUrl());
		this.json = json;
	}

	/**
	 * @throws RefusedSearchException when the service does not accept the query (its
	 * Chinese reason is for the reader)
	 * @throws BackendUnavailableException when the service does not answer
	 */
	SearchAnswer search(SearchForm form, int page, int size) {
		try {
			// Values as URI variables: they are encoded strictly ("+" and "&" included).
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("q", form.q());
			values.put("category", form.category());
			values.put("subKind", form.subKind());
			values.put("from", form.from());
			values.put("to", form.to());
			values.put("sort", form.sort());
			values.values().removeIf(Objects::isNull);
			values.put("page", page);
			values.put("size", size);
			SearchAnswer answer = this.client.get().uri((uri) -> {
				uri.path("/api/search");
				values.keySet().forEach((name) -> uri.queryParam(name, "{" + name + "}"));
				return uri.build(values);
			}).retrieve().body(SearchAnswer.class);
			if (answer == null) {
				throw new BackendUnavailableException(SERVICE, "empty search answer", null);
			}
			return answer;
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode().value() == 400) {
				throw new RefusedSearchException(detail(ex.getResponseBodyAsString()));
			}
			throw new BackendUnavailableException(SERVICE, "search answered " + ex.getStatusCode(), ex);
		}
		catch (RestClientException ex) {
			throw new BackendUnavailableException(SERVICE, "search failed: " + ex.getMessage(), ex);
		}
	}

	private String detail(String problem) {
		try {
			JsonNode node = this.json.readTree(problem);
			String detail = node.path("detail").asString("");
			if (!detail.isBlank() && detail.length() <= 200) {
				return detail;
			}
		}
		catch (RuntimeException ex) {
			// not a Problem: fall through to the general reason
		}
		return "检索条件有误，请修改后重试。";
	}

}
