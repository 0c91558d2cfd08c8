package cn.jianwu.testsupport.docs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentedContractTest {

	private static final String COMMAND = "./mvnw -P update-docs -pl search-service -am verify";

	@TempDir
	Path root;

	@Test
	void aChangedApiFailsWithTheFirstDifferenceAndTheCommandThatRewritesTheDocument() throws Exception {
		Files.createDirectories(this.root.resolve("docs/openapi"));
		Files.writeString(this.root.resolve("docs/openapi/search-service.json"),
				"{\n  \"paths\" : {\n    \"/a\" : {}\n  }\n}\n");
		DocumentedContract contract = new DocumentedContract(this.root, "docs/openapi/search-service.json", COMMAND);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> contract.assertDescribes("{\n  \"paths\" : {\n    \"/b\" : {}\n  }\n}\n", false))
			.withMessage("docs/openapi/search-service.json does not describe the code (line 3: documented \"/a\" : {},"
					+ " code \"/b\" : {}); if the change is meant, rewrite it with: " + COMMAND);
	}

	@Test
	void aMissingDocumentFailsTheSameWay() {
		DocumentedContract contract = new DocumentedContract(this.root, "docs/openapi/search-service.json", COMMAND);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> contract.assertDescribes("{}\n", false))
			.withMessageContaining("(no such file)")
			.withMessageEndingWith(COMMAND);
	}

	@Test
	void updatingWritesTheDocumentThatTheNextCheckAccepts() throws Exception {
		DocumentedContract contract = new DocumentedContract(this.root, "docs/openapi/search-service.json", COMMAND);
		contract.assertDescribes("{ \"openapi\" : \"3.1.0\" }\n", true);
		assertThat(this.root.resolve("docs/openapi/search-service.json")).hasContent("{ \"openapi\" : \"3.1.0\" }");
		contract.assertDescribes("{ \"openapi\" : \"3.1.0\" }\n", false);
	}

	@Test
	void theCanonicalOpenApiDocumentHasSortedKeysAndNoServerAddress() {
		String served = """
				{"paths":{"/b":{"get":{}},"/a":{"post":{},"get":{}}},"openapi":"3.1.0",
				 "servers":[{"url":"http://127.0.0.1:45123"}],"tags":[{"name":"z"},{"name":"a"}]}""";
		assertThat(OpenApiDocument.canonical(served)).isEqualTo("""
				{
				  "openapi" : "3.1.0",
				  "paths" : {
				    "/a" : {
				      "get" : { },
				      "post" : { }
				    },
				    "/b" : {
				      "get" : { }
				    }
				  },
				  "tags" : [ {
				    "name" : "z"
				  }, {
				    "name" : "a"
				  } ]
				}
				""");
	}

}
