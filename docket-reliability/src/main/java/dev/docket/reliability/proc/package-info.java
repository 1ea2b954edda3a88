/** Worker JVMs started with this JVM's class path, and the signals the battery sends them. */
package dev.docket.reliability.proc;
