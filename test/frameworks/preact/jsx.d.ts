// Preact's JSX learns the tag from the generated JSX typings (custom-element-jsx-integration), as the README says.
import type { CustomElements } from '../../../types/jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Preact's own
    interface IntrinsicElements extends CustomElements {}
  }
}
