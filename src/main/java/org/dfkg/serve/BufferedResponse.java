package org.dfkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds a whole response until the request is done. Query results are streamed by Fuseki; when a
 * query is stopped by the timeout after the first rows went out, the client would get status 200
 * and a truncated body with an error text appended, which a CSV reader takes for one more row.
 * Buffered, nothing is committed when the timeout strikes, so Fuseki answers 503 instead.
 *
 * <p>An error answers with its own message only, as plain text: the rows written before the error
 * (everything before the status was set) are dropped. The buffer holds at most {@code maxBytes}; a
 * larger result stops the query (the next write fails) and answers 422 with a message that says so.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    static final int RESULT_TOO_LARGE = 422;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long maxBytes;
    private ServletOutputStream stream;
    private PrintWriter writer;
    /** Where the body of an error begins: what was written before it are rows of a stopped query. */
    private int errorStart = -1;
    private boolean overflowed;

    BufferedResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    private void reserve(int len) throws IOException {
        if (buffer.size() + (long) len <= maxBytes) return;
        overflowed = true;
        throw new IOException("the result is larger than " + maxBytes + " bytes");
    }

    @Override
    public void setStatus(int status) {
        if (status >= 400 && errorStart < 0) errorStart = buffer.size();
        super.setStatus(status);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) throws IOException {
                    reserve(1);
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    reserve(len);
                    buffer.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) writer.flush();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) writer.flush();
        buffer.reset();
        if (errorStart > 0) errorStart = 0;
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    @Override
    public void sendError(int status, String message) {
        resetBuffer();
        errorStart = 0;
        setStatus(status);
        setContentType("text/plain; charset=utf-8");
        buffer.writeBytes(((message == null ? "" : message) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void setContentLength(int len) {
        // The length is set from the buffer when the response is written out.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    /**
     * Writes the held response to the client: the whole result, or the error's own message alone;
     * {@code reason}, when not null, replaces the message of an error (why a query was stopped).
     */
    void commit(String reason) throws IOException {
        if (writer != null) writer.flush();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        String error = errorMessage(response, reason);
        if (error == null) {
            response.setContentLengthLong(buffer.size());
            buffer.writeTo(response.getOutputStream());
        } else {
            byte[] body = (error + "\n").getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLengthLong(body.length);
            response.getOutputStream().write(body);
        }
        response.flushBuffer();
    }

    /** The message to send instead of the held body, setting its status; null when the result goes out whole. */
    private String errorMessage(HttpServletResponse response, String reason) {
        if (overflowed) {
            response.setStatus(RESULT_TOO_LARGE);
            return "The result is larger than this server sends (" + maxBytes + " bytes; serve --max-response). "
                    + "Ask for fewer rows (LIMIT) or shorter values.";
        }
        if (reason != null) {
            // Stopped to save the server (its memory), not by a fault of its own: a 503, whatever the engine made of it.
            response.setStatus(503);
            return reason;
        }
        if (getStatus() < 400) return null;
        byte[] held = buffer.toByteArray();
        int start = Math.min(Math.max(0, errorStart), held.length);
        String message = new String(held, start, held.length - start, StandardCharsets.UTF_8).strip();
        // Fuseki's banner for a stream cut off midway speaks of "incomplete results"; none are sent here.
        if (message.contains("Incomplete results")) return "Query timed out";
        return message.isEmpty() ? "Error " + getStatus() : message;
    }
}
