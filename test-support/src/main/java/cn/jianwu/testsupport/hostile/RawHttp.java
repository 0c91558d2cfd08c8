package cn.jianwu.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket. Java's HTTP clients refuse to send what
 * hostile-input tests need to send (broken percent escapes, raw bytes in the target).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends a request and reads the whole answer.
	 * @param port the local port
	 * @param method the method
	 * @param target the request target as it goes on the wire (already encoded or not)
	 * @param token a bearer token or {@code null}
	 * @param contentType the body's type or {@code null} for no body
	 * @param body the body or {@code null}
	 * @return the answer
	 */
	public static Answer send(int port, String method, String target, String token, String contentType, byte[] body) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder();
			head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			head.append("Host: 127.0.0.1:").append(port).append("\r\n");
			head.append("Connection: close\r\nAccept: application/json, application/problem+json, */*\r\n");
			if (token != null) {
				head.append("Authorization: Bearer ").append(token).append("\r\n");
			}
			if (contentType != null) {
				head.append("Content-Type: ").append(contentType).append("\r\n");
			}
			byte[] content = (body != null) ? body : new byte[0];
			if (body != null || !"GET".equals(method)) {
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			// Latin-1 writes each char of the target as one byte, so that raw bytes reach
			// the server
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + target + " failed", ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toByteArray();
	}

	/**
	 * The status, the content type and the body (chunk markers included) of an answer.
	 */
	public record Answer(int status, String contentType, String body) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int headEnd = text.indexOf("\r\n\r\n");
			String head = (headEnd >= 0) ? text.substring(0, headEnd) : text;
			String body = (headEnd >= 0) ? text.substring(headEnd + 4) : "";
			String[] lines = head.split("\r\n");
			int status = (lines[0].length() >= 12) ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
			String contentType = "";
			for (String line : lines) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).trim();
				}
			}
			return new Answer(status, contentType, body);
		}

	}

}
