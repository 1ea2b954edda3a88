/**
 * The {@code docket} command line (picocli): {@code server} runs a server; the other commands talk
 * to one over HTTP ({@code --url}, {@code --token}) and print tables, or the API's JSON with
 * {@code --json}. Exit status: 0 success, 1 the request failed (the server's message is printed),
 * 2 a usage error. A new command is one class plus one line in {@link dev.docket.server.cli.DocketCli}.
 */
package dev.docket.server.cli;
