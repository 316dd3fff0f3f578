import { createContext, useContext } from 'react'

// The CSP nonce of this response, made by the Express server, handed to every inline script.
export const NonceContext = createContext<string>('')
export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
